// promlint: TestLintMetricUnits "yards"
// promlint says: x_yards use base unit "meters" instead of "yards"
// verdict: agrees
// untyped in promlint's input: a gauge here, since the unit check does not depend on the type
package cases;

import dev.exporterbuilder.annotations.Exporter;
import dev.exporterbuilder.annotations.Gauge;

@Exporter(name = "x", port = 19100)
class Yards {
  @Gauge(
      name = "yards", // error: [EB050] metric name "yards" puts "yards", which is not a base unit, into the exposed name x_yards; use "meters" and convert the value; or keep it with @SuppressWarnings("exporter-builder:non-base-unit")
      help = "Test metric.")
  double value;
}
