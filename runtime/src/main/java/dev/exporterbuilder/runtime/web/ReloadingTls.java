package dev.exporterbuilder.runtime.web;

import dev.exporterbuilder.runtime.http.ServerTls;
import java.security.GeneralSecurityException;
import javax.net.ssl.KeyManager;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;

/**
 * The server's TLS, following {@link LiveWebConfig} as exporter-toolkit's
 * {@code GetConfigForClient} does: each new connection takes the context and the handshake
 * settings of the file as it is at that moment, both from one version of the file, so a reload
 * between the two can never pair a new client certificate policy with an old trust manager. A
 * rotated certificate, key or CA file is used from the next connection on; sessions belong to one
 * context, so resuming a session of an older version does not bypass a change. While the file is
 * invalid, every handshake fails.
 */
public final class ReloadingTls {

  /** A context without a certificate: its handshakes fail, for while the file is invalid. */
  private static final ServerTls.Setup REFUSING = refusing();

  private ReloadingTls() {}

  private static ServerTls.Setup refusing() {
    try {
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(new KeyManager[0], new TrustManager[0], null);
      return new ServerTls.Setup(context, context.getDefaultSSLParameters());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("the JDK offers no TLS", e);
    }
  }

  /** For the HTTP server: per connection, the context and handshake settings of the file as it is now. */
  public static ServerTls server(LiveWebConfig config) {
    return () -> {
      LiveWebConfig.Snapshot snapshot = config.current();
      return snapshot.error() == null ? snapshot.tls() : REFUSING;
    };
  }
}
