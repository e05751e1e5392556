// promlint: TestLintMetricUnits "calories"
// promlint says: x_calories use base unit "joules" instead of "calories"
// verdict: agrees
// untyped in promlint's input: a gauge here, since the unit check does not depend on the type
package cases;

import dev.exporterbuilder.annotations.Exporter;
import dev.exporterbuilder.annotations.Gauge;

@Exporter(name = "x", port = 19100)
class Calories {
  @Gauge(
      name = "calories", // error: [EB050] metric name "calories" puts "calories", which is not a base unit, into the exposed name x_calories; use "joules" and convert the value; or keep it with @SuppressWarnings("exporter-builder:non-base-unit")
      help = "Test metric.")
  double value;
}
