package cases;

import dev.exporterbuilder.annotations.Exporter;
import dev.exporterbuilder.annotations.Gauge;

@Exporter(name = "pump", port = 9100)
class SelfMetricName {
  @Gauge(help = "Whether it worked.") // warning: [EB053] metric name "scrape_collector_success" starts with "scrape_", which Prometheus uses for the series it adds to every scrape; choose another first word
  double scrapeCollectorSuccess; // error: [EB049] metric "pump_scrape_collector_success" is also exposed by the exporter runtime's self-metrics; give one of them another name
}
