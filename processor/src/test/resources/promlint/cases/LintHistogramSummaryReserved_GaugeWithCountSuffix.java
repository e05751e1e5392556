// promlint: TestLintHistogramSummaryReserved "gauge with _count suffix"
// promlint says: x_bytes_count non-histogram and non-summary metrics should not have "_count" suffix
// verdict: agrees
package cases;

import dev.exporterbuilder.annotations.Exporter;
import dev.exporterbuilder.annotations.Gauge;

@Exporter(name = "x", port = 19100)
class GaugeWithCountSuffix {
  @Gauge(
      name = "bytes_count", // error: [EB215] metric name "bytes_count" ends with "_count" (exposed as "x_bytes_count"), a suffix that Prometheus reserves for the series of histograms and summaries, though this metric is a gauge; write name = "bytes", unless the name is a legacy one that dashboards query; or keep it with @SuppressWarnings("exporter-builder:reserved-suffix")
      help = "Test metric.")
  double value;
}
