package dev.exporterbuilder.runtime;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsParameters;
import java.net.Socket;
import java.security.GeneralSecurityException;
import java.security.Principal;
import java.security.PrivateKey;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.net.ssl.KeyManager;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509ExtendedKeyManager;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * The server's TLS, following {@link LiveWebConfig}: one {@link SSLContext} whose key and trust
 * managers ask the configuration at each handshake, as exporter-toolkit's
 * {@code GetConfigForClient} does, and handshake settings taken per connection. A rotated
 * certificate, key or CA file is used by the next handshake; while the file is invalid, handshakes
 * fail.
 */
final class ReloadingTls {

  private ReloadingTls() {}

  /** For the JDK's HTTPS server: the context, and per connection the current handshake settings. */
  static HttpsConfigurator configurator(LiveWebConfig config) {
    return new HttpsConfigurator(context(config)) {
      @Override
      public void configure(HttpsParameters params) {
        params.setSSLParameters(parameters(config));
      }
    };
  }

  static SSLContext context(LiveWebConfig config) {
    try {
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(new KeyManager[] {new Keys(config)}, new TrustManager[] {new Trust(config)}, null);
      return context;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("the JDK offers no TLS", e);
    }
  }

  /** The protocols, suites, groups and client certificate policy of the file as it is now. */
  static SSLParameters parameters(LiveWebConfig config) {
    return config.current().tls().parameters();
  }

  /**
   * The current certificate and key. An alias names the version of the settings it came from, so
   * that a handshake gets certificate and key of the same version even if the file changes meanwhile.
   */
  private static final class Keys extends X509ExtendedKeyManager {
    private final LiveWebConfig config;
    private final Map<String, Tls.Setup> recent = new LinkedHashMap<>() {
      private static final long serialVersionUID = 1L;

      @Override
      protected boolean removeEldestEntry(Map.Entry<String, Tls.Setup> eldest) {
        return size() > 8;
      }
    };

    Keys(LiveWebConfig config) {
      this.config = config;
    }

    private String alias(Tls.Setup setup, String inner) {
      if (inner == null) {
        return null;
      }
      String prefix = setup.id() + "/";
      synchronized (recent) {
        recent.put(prefix, setup);
      }
      return prefix + inner;
    }

    /** The current settings, or null while the file is invalid: no certificate, no handshake. */
    private Tls.Setup usable() {
      LiveWebConfig.Snapshot snapshot = config.current();
      return snapshot.error() == null ? snapshot.tls() : null;
    }

    @Override
    public String chooseEngineServerAlias(String keyType, Principal[] issuers, SSLEngine engine) {
      Tls.Setup setup = usable();
      return setup == null ? null : alias(setup, setup.keys().chooseEngineServerAlias(keyType, issuers, engine));
    }

    @Override
    public String chooseServerAlias(String keyType, Principal[] issuers, Socket socket) {
      Tls.Setup setup = usable();
      return setup == null ? null : alias(setup, setup.keys().chooseServerAlias(keyType, issuers, socket));
    }

    @Override
    public String[] getServerAliases(String keyType, Principal[] issuers) {
      String alias = chooseServerAlias(keyType, issuers, null);
      return alias == null ? null : new String[] {alias};
    }

    private Tls.Setup setup(String alias) {
      int slash = alias == null ? -1 : alias.indexOf('/');
      if (slash < 0) {
        return null;
      }
      synchronized (recent) {
        return recent.get(alias.substring(0, slash + 1));
      }
    }

    @Override
    public X509Certificate[] getCertificateChain(String alias) {
      Tls.Setup setup = setup(alias);
      return setup == null ? null : setup.keys().getCertificateChain(alias.substring(alias.indexOf('/') + 1));
    }

    @Override
    public PrivateKey getPrivateKey(String alias) {
      Tls.Setup setup = setup(alias);
      return setup == null ? null : setup.keys().getPrivateKey(alias.substring(alias.indexOf('/') + 1));
    }

    @Override
    public String[] getClientAliases(String keyType, Principal[] issuers) {
      return null;
    }

    @Override
    public String chooseClientAlias(String[] keyType, Principal[] issuers, Socket socket) {
      return null;
    }
  }

  /** The current client certificate checks; every certificate is refused while the file is invalid. */
  private static final class Trust extends X509ExtendedTrustManager {
    private final LiveWebConfig config;

    Trust(LiveWebConfig config) {
      this.config = config;
    }

    private X509ExtendedTrustManager current() throws CertificateException {
      LiveWebConfig.Snapshot snapshot = config.current();
      if (snapshot.error() != null) {
        throw new CertificateException("the web config file is invalid");
      }
      return snapshot.tls().trust();
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
      current().checkClientTrusted(chain, authType);
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket)
        throws CertificateException {
      current().checkClientTrusted(chain, authType, socket);
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
        throws CertificateException {
      current().checkClientTrusted(chain, authType, engine);
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
      current().checkServerTrusted(chain, authType);
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket)
        throws CertificateException {
      current().checkServerTrusted(chain, authType, socket);
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
        throws CertificateException {
      current().checkServerTrusted(chain, authType, engine);
    }

    @Override
    public X509Certificate[] getAcceptedIssuers() {
      return config.current().tls().trust().getAcceptedIssuers();
    }
  }
}
