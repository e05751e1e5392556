package org.acme.pump;

import dev.exporterbuilder.annotations.Exporter;

/**
 * The exporter: its name, its metrics' namespace, its default port and its collectors. The processor
 * writes {@code PumpExporterMain} beside it, whose {@code main} serves {@code /metrics}; run
 * {@code java -jar target/pump-exporter.jar --help} for its flags.
 */
@Exporter(name = "pump", help = "Host facts seen from the JVM.", namespace = "pump",
    // the default port: pick a free one from the Prometheus default port allocations
    // (https://github.com/prometheus/prometheus/wiki/Default-port-allocations) and add yours there
    port = 9877, collectors = Host.class)
public class PumpExporter {
}
