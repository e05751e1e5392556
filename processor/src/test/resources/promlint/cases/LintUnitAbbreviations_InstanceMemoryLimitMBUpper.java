// promlint: TestLintUnitAbbreviations "instance_memory_limit_MB with abbreviated unit"
// promlint says: instance_memory_limit_MB metric names should not contain abbreviated units
// verdict: agrees
package cases;

import dev.exporterbuilder.annotations.Exporter;
import dev.exporterbuilder.annotations.Gauge;

@Exporter(name = "instance", port = 19100)
class InstanceMemoryLimitMBUpper {
  @Gauge(
      name = "memory_limit_MB", // error: [EB041] metric name "memory_limit_MB" (exposed as "instance_memory_limit_MB") is camelCase; write "memory_limit_mb"; or keep it with @SuppressWarnings("exporter-builder:camel-case") // error: [EB051] metric name "memory_limit_MB" puts the abbreviated unit "mb" into the exposed name instance_memory_limit_MB; remove it, and where it is the metric's unit set unit = "bytes", converting the value if needed; or keep it with @SuppressWarnings("exporter-builder:unit-abbreviation")
      help = "Test metric.")
  double value;
}
