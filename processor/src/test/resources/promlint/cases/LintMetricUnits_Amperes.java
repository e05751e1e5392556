// promlint: TestLintMetricUnits "amperes"
// verdict: agrees
// untyped in promlint's input: a gauge here, since the unit check does not depend on the type
package cases;

import dev.exporterbuilder.annotations.Exporter;
import dev.exporterbuilder.annotations.Gauge;

@Exporter(name = "x", port = 19100)
class Amperes {
  @Gauge(
      name = "amperes",
      help = "Test metric.")
  double value;
}
