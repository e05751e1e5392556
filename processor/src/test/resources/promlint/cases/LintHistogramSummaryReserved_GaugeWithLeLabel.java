// promlint: TestLintHistogramSummaryReserved "gauge with le label"
// promlint says: x_bytes non-histogram metrics should not have "le" label
// verdict: agrees
package cases;

import dev.exporterbuilder.annotations.Exporter;
import dev.exporterbuilder.annotations.Gauge;
import java.util.Map;

@Exporter(name = "x", port = 19100)
class GaugeWithLeLabel {
  @Gauge(
      name = "bytes",
      help = "Test metric.",
      labels = "le") // error: [EB218] label "le" is reserved for the buckets of histograms, though this metric is a gauge; choose another name, unless it is a legacy one that dashboards query; or keep it with @SuppressWarnings("exporter-builder:reserved-label")
  Map<String, Double> value() {
    return Map.of("1", 10.0);
  }
}
