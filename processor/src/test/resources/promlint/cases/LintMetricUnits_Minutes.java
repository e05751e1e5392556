// promlint: TestLintMetricUnits "minutes"
// promlint says: x_minutes use base unit "seconds" instead of "minutes"
// verdict: agrees
// untyped in promlint's input: a gauge here, since the unit check does not depend on the type
package cases;

import dev.exporterbuilder.annotations.Exporter;
import dev.exporterbuilder.annotations.Gauge;

@Exporter(name = "x", port = 19100)
class Minutes {
  @Gauge(
      name = "minutes", // error: [EB050] metric name "minutes" puts "minutes", which is not a base unit, into the exposed name x_minutes; use "seconds" and convert the value; or keep it with @SuppressWarnings("exporter-builder:non-base-unit")
      help = "Test metric.")
  double value;
}
