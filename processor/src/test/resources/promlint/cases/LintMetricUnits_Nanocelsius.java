// promlint: TestLintMetricUnits "nanocelsius"
// promlint says: x_nanocelsius use base unit "celsius" instead of "nanocelsius"
// verdict: agrees
// untyped in promlint's input: a gauge here, since the unit check does not depend on the type
package cases;

import dev.exporterbuilder.annotations.Exporter;
import dev.exporterbuilder.annotations.Gauge;

@Exporter(name = "x", port = 19100)
class Nanocelsius {
  @Gauge(
      name = "nanocelsius", // error: [EB050] metric name "nanocelsius" puts "nanocelsius", which is not a base unit, into the exposed name x_nanocelsius; use "celsius" and convert the value; or keep it with @SuppressWarnings("exporter-builder:non-base-unit")
      help = "Test metric.")
  double value;
}
