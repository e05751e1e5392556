// promlint: TestLintMetricUnits "gigabytes"
// promlint says: x_gigabytes use base unit "bytes" instead of "gigabytes"
// verdict: agrees
// untyped in promlint's input: a gauge here, since the unit check does not depend on the type
package cases;

import dev.exporterbuilder.annotations.Exporter;
import dev.exporterbuilder.annotations.Gauge;

@Exporter(name = "x", port = 19100)
class Gigabytes {
  @Gauge(
      name = "gigabytes", // error: [EB050] metric name "gigabytes" puts "gigabytes", which is not a base unit, into the exposed name x_gigabytes; use "bytes" and convert the value; or keep it with @SuppressWarnings("exporter-builder:non-base-unit")
      help = "Test metric.")
  double value;
}
