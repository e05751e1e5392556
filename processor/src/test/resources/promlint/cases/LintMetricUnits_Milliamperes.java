// promlint: TestLintMetricUnits "milliamperes"
// promlint says: x_milliamperes use base unit "amperes" instead of "milliamperes"
// verdict: agrees
// untyped in promlint's input: a gauge here, since the unit check does not depend on the type
package cases;

import dev.exporterbuilder.annotations.Exporter;
import dev.exporterbuilder.annotations.Gauge;

@Exporter(name = "x", port = 19100)
class Milliamperes {
  @Gauge(
      name = "milliamperes", // error: [EB050] metric name "milliamperes" puts "milliamperes", which is not a base unit, into the exposed name x_milliamperes; use "amperes" and convert the value; or keep it with @SuppressWarnings("exporter-builder:non-base-unit")
      help = "Test metric.")
  double value;
}
