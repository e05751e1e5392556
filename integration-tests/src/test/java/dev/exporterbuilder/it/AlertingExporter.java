package dev.exporterbuilder.it;

import dev.exporterbuilder.annotations.Exporter;

/**
 * An exporter whose collector {@link Switched} fails on demand, for {@link CollectorFailingAlertTest}: a real
 * Prometheus loads the exporter's generated scrape.yml and alerts.yml and must fire its CollectorFailing alert.
 */
@Exporter(
    name = "alerting-it",
    help = "A collector that fails on demand, for the alerting end-to-end test.",
    port = 19388,
    collectors = {Switched.class, Steady.class})
public class AlertingExporter {}
