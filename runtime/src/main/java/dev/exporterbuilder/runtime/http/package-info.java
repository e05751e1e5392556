/**
 * The runtime's HTTP/1.1 server: one selector thread per listen address accepting connections and
 * parsing request heads, a worker pool running the handler, TLS per connection, and the limits on
 * connections, headers and time. Internal.
 */
package dev.exporterbuilder.runtime.http;
