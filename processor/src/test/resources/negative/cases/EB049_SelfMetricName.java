package cases;

import dev.exporterbuilder.annotations.Exporter;
import dev.exporterbuilder.annotations.Gauge;

@Exporter(name = "pump", port = 9877)
class SelfMetricName {
  @Gauge(help = "Whether it worked.") // warning: [EB053] metric name "scrape_collector_success" (exposed as "pump_scrape_collector_success") starts with "scrape_", which Prometheus uses for the series it adds to every scrape; choose another first word (promlint has no such rule; this check is stricter); or keep it with @SuppressWarnings("exporter-builder:reserved-prefix")
  double scrapeCollectorSuccess; // error: [EB049] metric "pump_scrape_collector_success" is also exposed by the exporter runtime's self-metrics; give one of them another name
}
