package dev.exporterbuilder.bench.handwritten;

import io.prometheus.metrics.exporter.httpserver.HTTPServer;
import io.prometheus.metrics.model.registry.PrometheusRegistry;

/**
 * The end-to-end baseline: {@link HandwrittenCollector} served by client_java's own HTTP server,
 * as a hand-written exporter would be.
 *
 * <pre>java -cp ... dev.exporterbuilder.bench.handwritten.HandwrittenExporter [port [families [series]]]</pre>
 *
 * <p>TCP_NODELAY is switched on before the JDK's server class is loaded: without it every keep-alive
 * scrape waits ~40 ms for a delayed ACK, which would make any comparison meaningless.
 */
public final class HandwrittenExporter {

  private HandwrittenExporter() {}

  public static void main(String[] args) throws Exception {
    System.setProperty("sun.net.httpserver.nodelay", "true");
    int port = args.length > 0 ? Integer.parseInt(args[0]) : 9613;
    int families = args.length > 1 ? Integer.parseInt(args[1]) : 10;
    int series = args.length > 2 ? Integer.parseInt(args[2]) : 100;
    PrometheusRegistry registry = new PrometheusRegistry();
    registry.register(new HandwrittenCollector(families, series));
    HTTPServer.builder().hostname("127.0.0.1").port(port).registry(registry).buildAndStart();
    Thread.currentThread().join(); // the server's threads are daemons: keep the JVM alive
  }
}
