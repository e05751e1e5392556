package dev.exporterbuilder.runtime;

import java.util.function.Supplier;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;

/**
 * What the HTTP server needs to speak TLS: the context that holds the key and trust material, and
 * the protocols, suites, groups and client certificate policy of each new connection. Both are
 * asked for per connection, so that a reloaded web config file applies to the next handshake.
 */
record ServerTls(SSLContext context, Supplier<SSLParameters> parameters) {}
