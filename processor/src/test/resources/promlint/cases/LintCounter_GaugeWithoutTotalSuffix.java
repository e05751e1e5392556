// promlint: TestLintCounter "gauge without _total suffix"
// verdict: agrees
package cases;

import dev.exporterbuilder.annotations.Exporter;
import dev.exporterbuilder.annotations.Gauge;

@Exporter(name = "x", port = 19100)
class GaugeWithoutTotalSuffix {
  @Gauge(
      name = "bytes",
      help = "Test metric.")
  double value;
}
