package dev.exporterbuilder.runtime;

/**
 * What the HTTP server needs to speak TLS: for each new connection, the context that holds the key
 * and trust material and the protocols, suites, groups and client certificate policy, taken
 * together from one version of the web config file.
 */
@FunctionalInterface
interface ServerTls {

  /** The context and handshake settings for a connection being opened now. */
  Tls.Setup connection();
}
