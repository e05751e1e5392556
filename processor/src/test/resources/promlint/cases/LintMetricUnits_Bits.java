// promlint: TestLintMetricUnits "bits"
// promlint says: x_bits use base unit "bytes" instead of "bits"
// verdict: agrees
// untyped in promlint's input: a gauge here, since the unit check does not depend on the type
package cases;

import dev.exporterbuilder.annotations.Exporter;
import dev.exporterbuilder.annotations.Gauge;

@Exporter(name = "x", port = 19100)
class Bits {
  @Gauge(
      name = "bits", // error: [EB050] metric name "bits" puts "bits", which is not a base unit, into the exposed name x_bits; use "bytes" and convert the value; or keep it with @SuppressWarnings("exporter-builder:non-base-unit")
      help = "Test metric.")
  double value;
}
