// promlint: TestLintMetricUnits "ounces"
// promlint says: x_ounces use base unit "grams" instead of "ounces"
// verdict: agrees
// untyped in promlint's input: a gauge here, since the unit check does not depend on the type
package cases;

import dev.exporterbuilder.annotations.Exporter;
import dev.exporterbuilder.annotations.Gauge;

@Exporter(name = "x", port = 19100)
class Ounces {
  @Gauge(
      name = "ounces", // error: [EB050] metric name "ounces" puts "ounces", which is not a base unit, into the exposed name x_ounces; use "grams" and convert the value; or keep it with @SuppressWarnings("exporter-builder:non-base-unit")
      help = "Test metric.")
  double value;
}
