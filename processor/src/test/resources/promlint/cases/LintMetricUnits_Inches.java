// promlint: TestLintMetricUnits "inches"
// promlint says: x_inches use base unit "meters" instead of "inches"
// verdict: agrees
// untyped in promlint's input: a gauge here, since the unit check does not depend on the type
package cases;

import dev.exporterbuilder.annotations.Exporter;
import dev.exporterbuilder.annotations.Gauge;

@Exporter(name = "x", port = 19100)
class Inches {
  @Gauge(
      name = "inches", // error: [EB050] metric name "inches" puts "inches", which is not a base unit, into the exposed name x_inches; use "meters" and convert the value; or keep it with @SuppressWarnings("exporter-builder:non-base-unit")
      help = "Test metric.")
  double value;
}
