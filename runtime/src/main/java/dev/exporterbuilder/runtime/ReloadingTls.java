package dev.exporterbuilder.runtime;

import java.security.GeneralSecurityException;
import java.security.KeyManagementException;
import java.security.SecureRandom;
import javax.net.ssl.KeyManager;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLContextSpi;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLServerSocketFactory;
import javax.net.ssl.SSLSessionContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManager;

/**
 * The server's TLS, following {@link LiveWebConfig} as exporter-toolkit's
 * {@code GetConfigForClient} does: one {@link SSLContext} whose engines come from the context of
 * the file as it is when the connection is made, and handshake settings taken per connection. A
 * rotated certificate, key or CA file is used from the next connection on; while the file is
 * invalid, every handshake fails.
 *
 * <p>A server must take a socket factory or an engine per connection, as {@link HttpConnection}
 * does; a server socket factory, taken once, stays with one version.
 */
final class ReloadingTls {

  /** A context without a certificate: its handshakes fail, for while the file is invalid. */
  private static final SSLContext REFUSING = refusing();

  private ReloadingTls() {}

  private static SSLContext refusing() {
    try {
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(new KeyManager[0], new TrustManager[0], null);
      return context;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("the JDK offers no TLS", e);
    }
  }

  /** For the HTTP server: the context, and per connection the current handshake settings. */
  static ServerTls server(LiveWebConfig config) {
    return new ServerTls(context(config), () -> parameters(config));
  }

  /** The protocols, suites, groups and client certificate policy of the file as it is now. */
  static SSLParameters parameters(LiveWebConfig config) {
    return config.current().tls().parameters();
  }

  static SSLContext context(LiveWebConfig config) {
    SSLContext first = config.current().tls().context();
    return new SSLContext(new Current(config), first.getProvider(), first.getProtocol()) {};
  }

  /** Every call goes to the context of the file as it is now. */
  private static final class Current extends SSLContextSpi {
    private final LiveWebConfig config;

    Current(LiveWebConfig config) {
      this.config = config;
    }

    private SSLContext current() {
      LiveWebConfig.Snapshot snapshot = config.current();
      return snapshot.error() == null ? snapshot.tls().context() : REFUSING;
    }

    @Override
    protected void engineInit(KeyManager[] keys, TrustManager[] trust, SecureRandom random)
        throws KeyManagementException {
      throw new KeyManagementException("the context is made from the web config file");
    }

    @Override
    protected SSLSocketFactory engineGetSocketFactory() {
      return current().getSocketFactory();
    }

    @Override
    protected SSLServerSocketFactory engineGetServerSocketFactory() {
      return current().getServerSocketFactory();
    }

    @Override
    protected SSLEngine engineCreateSSLEngine() {
      return current().createSSLEngine();
    }

    @Override
    protected SSLEngine engineCreateSSLEngine(String host, int port) {
      return current().createSSLEngine(host, port);
    }

    @Override
    protected SSLSessionContext engineGetServerSessionContext() {
      return current().getServerSessionContext();
    }

    @Override
    protected SSLSessionContext engineGetClientSessionContext() {
      return current().getClientSessionContext();
    }

    @Override
    protected SSLParameters engineGetDefaultSSLParameters() {
      return current().getDefaultSSLParameters();
    }

    @Override
    protected SSLParameters engineGetSupportedSSLParameters() {
      return current().getSupportedSSLParameters();
    }
  }
}
