// promlint: TestLintMetricUnits "miles"
// promlint says: x_miles use base unit "meters" instead of "miles"
// verdict: agrees
// untyped in promlint's input: a gauge here, since the unit check does not depend on the type
package cases;

import dev.exporterbuilder.annotations.Exporter;
import dev.exporterbuilder.annotations.Gauge;

@Exporter(name = "x", port = 19100)
class Miles {
  @Gauge(
      name = "miles", // error: [EB050] metric name "miles" puts "miles", which is not a base unit, into the exposed name x_miles; use "meters" and convert the value; or keep it with @SuppressWarnings("exporter-builder:non-base-unit")
      help = "Test metric.")
  double value;
}
