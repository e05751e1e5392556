// promlint: TestLintMetricUnits "kelvins"
// promlint says: x_kelvins use base unit "kelvin" instead of "kelvins"
// verdict: agrees
// untyped in promlint's input: a gauge here, since the unit check does not depend on the type
package cases;

import dev.exporterbuilder.annotations.Exporter;
import dev.exporterbuilder.annotations.Gauge;

@Exporter(name = "x", port = 19100)
class Kelvins {
  @Gauge(
      name = "kelvins", // error: [EB050] metric name "kelvins" puts "kelvins", which is not a base unit, into the exposed name x_kelvins; use "kelvin" and convert the value; or keep it with @SuppressWarnings("exporter-builder:non-base-unit")
      help = "Test metric.")
  double value;
}
