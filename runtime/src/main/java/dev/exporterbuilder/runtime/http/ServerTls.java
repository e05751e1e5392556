package dev.exporterbuilder.runtime.http;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;

/**
 * What the HTTP server needs to speak TLS: for each new connection, the context that holds the key
 * and trust material and the protocols, suites, groups and client certificate policy, taken
 * together from one version of the web config file.
 */
@FunctionalInterface
public interface ServerTls {

  /** The context and handshake settings for a connection being opened now. */
  Setup connection();

  /**
   * What one version of the TLS settings makes: a context with the server's certificate and key and
   * the client certificate checks, and the handshake settings of each connection. Sessions belong
   * to one context, so a changed file is not bypassed by resuming a session of the old one.
   */
  record Setup(SSLContext context, SSLParameters parameters) {}
}
