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
      labels = "quantile") // error: [EB218] label "quantile" is reserved for the quantiles of summaries, though this metric is a gauge; choose another name, unless it is a legacy one that dashboards query; or keep it with @SuppressWarnings("exporter-builder:reserved-label")
  Map<String, Double> value() {
    return Map.of("1", 10.0);
  }
}
