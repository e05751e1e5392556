package cases;

import dev.exporterbuilder.annotations.Collector;
import dev.exporterbuilder.annotations.Exporter;
import dev.exporterbuilder.annotations.Gauge;

/** Legacy names kept for existing dashboards, each check switched off where it applies. */
@SuppressWarnings("exporter-builder:prometheus-port")
@Exporter(name = "legacy", port = 9090)
@Collector
class Suppressed {

  @SuppressWarnings("exporter-builder:unit-abbreviation")
  @Gauge(name = "latency_ms", help = "Latency of the last request, in milliseconds as it always was.")
  double latency;

  @SuppressWarnings({"unused", "exporter-builder:camel-case"})
  @Gauge(name = "queueDepth", help = "Messages waiting.")
  int depth;
}
