// promlint: TestLintHistogramSummaryReserved "gauge with quantile label"
// promlint says: x_bytes non-summary metrics should not have "quantile" label
// verdict: agrees
package cases;

import dev.exporterbuilder.annotations.Exporter;
import dev.exporterbuilder.annotations.Gauge;
import java.util.Map;

@Exporter(name = "x", port = 19100)
class GaugeWithQuantileLabel {
  @Gauge(
      name = "bytes",
      help = "Test metric.",
      labels = "quantile") // error: [EB072] label "quantile" is reserved for the quantiles of summaries; choose another name
  Map<String, Double> value() {
    return Map.of("1", 10.0);
  }
}
