package cases;

import dev.exporterbuilder.annotations.Collector;
import dev.exporterbuilder.annotations.Counter;
import dev.exporterbuilder.annotations.Gauge;

@Collector
class DerivedNameNonBaseUnit {
  @Gauge(help = "Time since boot.") // error: [EB050] metric name "uptime_hours" (from uptimeHours) contains "hours", which is not a base unit; use "seconds" and convert the value
  double uptimeHours;
}
