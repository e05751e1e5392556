package cases;

import dev.exporterbuilder.annotations.Collector;
import dev.exporterbuilder.annotations.Counter;
import dev.exporterbuilder.annotations.Gauge;

@Collector(subsystem = "scrape")
class SubsystemReservedPrefix {
  @Gauge(help = "Scrape errors seen by the device.") // warning: [EB053] metric name "scrape_errors" starts with "scrape_", which Prometheus uses for the series it adds to every scrape; choose another first word (promlint has no such rule; this check is stricter); or keep it with @SuppressWarnings("exporter-builder:reserved-prefix")
  int errors;
}
