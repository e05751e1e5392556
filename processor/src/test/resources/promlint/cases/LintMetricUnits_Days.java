// promlint: TestLintMetricUnits "days"
// promlint says: x_days use base unit "seconds" instead of "days"
// verdict: agrees
// untyped in promlint's input: a gauge here, since the unit check does not depend on the type
package cases;

import dev.exporterbuilder.annotations.Exporter;
import dev.exporterbuilder.annotations.Gauge;

@Exporter(name = "x", port = 19100)
class Days {
  @Gauge(
      name = "days", // error: [EB050] metric name "days" puts "days", which is not a base unit, into the exposed name x_days; use "seconds" and convert the value; or keep it with @SuppressWarnings("exporter-builder:non-base-unit")
      help = "Test metric.")
  double value;
}
