/**
 * The exporter-builder runtime. Only two packages are exported: {@code dev.exporterbuilder.runtime},
 * the API exporter code uses, and {@code dev.exporterbuilder.runtime.generated}, what generated code
 * calls. The HTTP server, the web config, the scrape path, the command line and the log are
 * internal.
 *
 * <p>bcrypt has no module name of its own; it is required by the name Java derives from its jar
 * file.
 */
@SuppressWarnings({"requires-automatic", "requires-transitive-automatic"})
module dev.exporterbuilder.runtime {
  requires transitive dev.exporterbuilder.annotations;
  // ExporterCollector is a client_java MultiCollector that returns client_java snapshots
  requires transitive io.prometheus.metrics.model;
  requires io.prometheus.metrics.config;
  requires io.prometheus.metrics.core;
  requires io.prometheus.metrics.exporter.common;
  requires io.prometheus.metrics.instrumentation.jvm;
  requires info.picocli;
  requires org.yaml.snakeyaml;
  requires bcrypt;
  requires jdk.httpserver;
  requires java.management;
  requires jdk.jfr;
  // sun.misc.Signal, looked up reflectively to log SIGTERM and finish scrapes in flight
  requires jdk.unsupported;

  exports dev.exporterbuilder.runtime;
  exports dev.exporterbuilder.runtime.generated;
}
