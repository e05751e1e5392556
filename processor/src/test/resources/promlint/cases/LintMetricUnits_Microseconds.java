// promlint: TestLintMetricUnits "microseconds"
// promlint says: x_microseconds use base unit "seconds" instead of "microseconds"
// verdict: agrees
// untyped in promlint's input: a gauge here, since the unit check does not depend on the type
package cases;

import dev.exporterbuilder.annotations.Exporter;
import dev.exporterbuilder.annotations.Gauge;

@Exporter(name = "x", port = 19100)
class Microseconds {
  @Gauge(
      name = "microseconds", // error: [EB050] metric name "microseconds" puts "microseconds", which is not a base unit, into the exposed name x_microseconds; use "seconds" and convert the value; or keep it with @SuppressWarnings("exporter-builder:non-base-unit")
      help = "Test metric.")
  double value;
}
