// promlint: TestLintMetricUnits "hours"
// promlint says: x_hours use base unit "seconds" instead of "hours"
// verdict: agrees
// untyped in promlint's input: a gauge here, since the unit check does not depend on the type
package cases;

import dev.exporterbuilder.annotations.Exporter;
import dev.exporterbuilder.annotations.Gauge;

@Exporter(name = "x", port = 19100)
class Hours {
  @Gauge(
      name = "hours", // error: [EB050] metric name "hours" puts "hours", which is not a base unit, into the exposed name x_hours; use "seconds" and convert the value; or keep it with @SuppressWarnings("exporter-builder:non-base-unit")
      help = "Test metric.")
  double value;
}
