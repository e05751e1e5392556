// promlint: TestLintMetricUnits "pounds"
// promlint says: x_pounds use base unit "grams" instead of "pounds"
// verdict: agrees
// untyped in promlint's input: a gauge here, since the unit check does not depend on the type
package cases;

import dev.exporterbuilder.annotations.Exporter;
import dev.exporterbuilder.annotations.Gauge;

@Exporter(name = "x", port = 19100)
class Pounds {
  @Gauge(
      name = "pounds", // error: [EB050] metric name "pounds" puts "pounds", which is not a base unit, into the exposed name x_pounds; use "grams" and convert the value; or keep it with @SuppressWarnings("exporter-builder:non-base-unit")
      help = "Test metric.")
  double value;
}
