package dev.exporterbuilder.runtime;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;

/**
 * What the HTTP server needs to speak TLS: the context that holds the key and trust material, and
 * the protocols, suites and client certificate policy set on every connection.
 */
record ServerTls(SSLContext context, SSLParameters parameters) {}
