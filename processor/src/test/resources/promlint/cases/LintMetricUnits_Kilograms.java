// promlint: TestLintMetricUnits "kilograms"
// promlint says: x_kilograms use base unit "grams" instead of "kilograms"
// verdict: agrees
// untyped in promlint's input: a gauge here, since the unit check does not depend on the type
package cases;

import dev.exporterbuilder.annotations.Exporter;
import dev.exporterbuilder.annotations.Gauge;

@Exporter(name = "x", port = 19100)
class Kilograms {
  @Gauge(
      name = "kilograms", // error: [EB050] metric name "kilograms" puts "kilograms", which is not a base unit, into the exposed name x_kilograms; use "grams" and convert the value; or keep it with @SuppressWarnings("exporter-builder:non-base-unit")
      help = "Test metric.")
  double value;
}
