package cases;

import dev.exporterbuilder.annotations.Collector;
import dev.exporterbuilder.annotations.Counter;
import dev.exporterbuilder.annotations.Gauge;

@Collector
class DerivedNameNonBaseUnit {
  @Gauge(help = "Time since boot.") // error: [EB050] metric name "uptime_hours" (from uptimeHours) puts "hours", which is not a base unit, into the exposed name uptime_hours; use "seconds" and convert the value; or keep it with @SuppressWarnings("exporter-builder:non-base-unit")
  double uptimeHours;
}
