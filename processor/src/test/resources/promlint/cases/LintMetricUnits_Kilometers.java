// promlint: TestLintMetricUnits "kilometers"
// promlint says: x_kilometers use base unit "meters" instead of "kilometers"
// verdict: agrees
// untyped in promlint's input: a gauge here, since the unit check does not depend on the type
package cases;

import dev.exporterbuilder.annotations.Exporter;
import dev.exporterbuilder.annotations.Gauge;

@Exporter(name = "x", port = 19100)
class Kilometers {
  @Gauge(
      name = "kilometers", // error: [EB050] metric name "kilometers" puts "kilometers", which is not a base unit, into the exposed name x_kilometers; use "meters" and convert the value; or keep it with @SuppressWarnings("exporter-builder:non-base-unit")
      help = "Test metric.")
  double value;
}
