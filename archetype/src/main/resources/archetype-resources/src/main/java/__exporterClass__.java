package ${package};

import dev.exporterbuilder.annotations.Exporter;

/**
 * The exporter: its name, its metrics' namespace, its default port and its collectors. The processor
 * writes {@code ${exporterClass}Main} beside it, whose {@code main} serves {@code /metrics}; run
 * {@code java -jar target/${artifactId}.jar --help} for its flags.
 */
@Exporter(name = "${exporter}", help = "Host facts seen from the JVM.", namespace = "${namespace}",
    // the default port: pick a free one from the Prometheus default port allocations
    // (https://github.com/prometheus/prometheus/wiki/Default-port-allocations) and add yours there
    port = ${port}, collectors = Host.class)
public class ${exporterClass} {
}
