package cases;

import dev.exporterbuilder.annotations.Collector;
import dev.exporterbuilder.annotations.Gauge;

@Collector
class NamePercent {
  @Gauge(
      name = "cpu_usage_percent", // error: [EB050] metric name "cpu_usage_percent" puts "percent", which is not a base unit, into the exposed name cpu_usage_percent (promlint does not know this word; this check is stricter); use "ratio" and convert the value; or keep it with @SuppressWarnings("exporter-builder:non-base-unit")
      help = "CPU usage.")
  double cpuUsage;
}
