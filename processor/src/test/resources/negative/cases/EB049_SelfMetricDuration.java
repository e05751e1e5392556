package cases;

import dev.exporterbuilder.annotations.Exporter;
import dev.exporterbuilder.annotations.Gauge;

@Exporter(name = "pump", port = 9877)
@SuppressWarnings("exporter-builder:reserved-prefix")
class SelfMetricDuration {
  @Gauge(name = "scrape_collector_duration", unit = "seconds", help = "How long the pump took.")
  double duration; // error: [EB049] metric "pump_scrape_collector_duration_seconds" is also exposed by the exporter runtime's self-metrics; give one of them another name
}
