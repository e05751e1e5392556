// promlint: TestLintUnitAbbreviations "instance_memory_limit_tb with abbreviated unit"
// promlint says: instance_memory_limit_tb metric names should not contain abbreviated units
// verdict: agrees
package cases;

import dev.exporterbuilder.annotations.Exporter;
import dev.exporterbuilder.annotations.Gauge;

@Exporter(name = "instance", port = 19100)
class InstanceMemoryLimitTb {
  @Gauge(
      name = "memory_limit_tb", // error: [EB051] metric name "memory_limit_tb" puts the abbreviated unit "tb" into the exposed name instance_memory_limit_tb; remove it, and where it is the metric's unit set unit = "bytes", converting the value if needed; or keep it with @SuppressWarnings("exporter-builder:unit-abbreviation")
      help = "Test metric.")
  double value;
}
