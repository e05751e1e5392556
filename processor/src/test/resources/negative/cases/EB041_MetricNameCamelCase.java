package cases;

import dev.exporterbuilder.annotations.Collector;
import dev.exporterbuilder.annotations.Counter;
import dev.exporterbuilder.annotations.Gauge;

@Collector
class MetricNameCamelCase {
  @Gauge(
      name = "cpuTemp", // error: [EB041] metric name "cpuTemp" (exposed as "cpuTemp_celsius") is camelCase; write "cpu_temp"; or keep it with @SuppressWarnings("exporter-builder:camel-case")
      help = "CPU temperature.",
      unit = "celsius")
  double temperature;
}
