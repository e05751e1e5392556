// promlint: TestLintMetricUnits "fahrenheit"
// promlint says: thermometers_fahrenheit use base unit "celsius" instead of "fahrenheit"
// verdict: agrees
// untyped in promlint's input: a gauge here, since the unit check does not depend on the type
package cases;

import dev.exporterbuilder.annotations.Exporter;
import dev.exporterbuilder.annotations.Gauge;

@Exporter(name = "thermometers", port = 19100)
class Fahrenheit {
  @Gauge(
      name = "fahrenheit", // error: [EB050] metric name "fahrenheit" puts "fahrenheit", which is not a base unit, into the exposed name thermometers_fahrenheit; use "celsius" and convert the value; or keep it with @SuppressWarnings("exporter-builder:non-base-unit")
      help = "Test metric.")
  double value;
}
