// promlint: TestLintMetricUnits "picometers"
// promlint says: x_picometers use base unit "meters" instead of "picometers"
// verdict: agrees
// untyped in promlint's input: a gauge here, since the unit check does not depend on the type
package cases;

import dev.exporterbuilder.annotations.Exporter;
import dev.exporterbuilder.annotations.Gauge;

@Exporter(name = "x", port = 19100)
class Picometers {
  @Gauge(
      name = "picometers", // error: [EB050] metric name "picometers" puts "picometers", which is not a base unit, into the exposed name x_picometers; use "meters" and convert the value; or keep it with @SuppressWarnings("exporter-builder:non-base-unit")
      help = "Test metric.")
  double value;
}
