// promlint: TestLintMetricUnits "rankine"
// promlint says: thermometers_rankine use base unit "celsius" instead of "rankine"
// verdict: agrees
// untyped in promlint's input: a gauge here, since the unit check does not depend on the type
package cases;

import dev.exporterbuilder.annotations.Exporter;
import dev.exporterbuilder.annotations.Gauge;

@Exporter(name = "thermometers", port = 19100)
class Rankine {
  @Gauge(
      name = "rankine", // error: [EB050] metric name "rankine" puts "rankine", which is not a base unit, into the exposed name thermometers_rankine; use "celsius" and convert the value; or keep it with @SuppressWarnings("exporter-builder:non-base-unit")
      help = "Test metric.")
  double value;
}
