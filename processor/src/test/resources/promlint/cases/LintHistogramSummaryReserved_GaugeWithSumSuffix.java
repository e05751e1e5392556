// promlint: TestLintHistogramSummaryReserved "gauge with _sum suffix"
// promlint says: x_bytes_sum non-histogram and non-summary metrics should not have "_sum" suffix
// verdict: agrees
package cases;

import dev.exporterbuilder.annotations.Exporter;
import dev.exporterbuilder.annotations.Gauge;

@Exporter(name = "x", port = 19100)
class GaugeWithSumSuffix {
  @Gauge(
      name = "bytes_sum", // error: [EB215] metric name "bytes_sum" ends with "_sum" (exposed as "x_bytes_sum"), a suffix that Prometheus reserves for the series of histograms and summaries, though this metric is a gauge; write name = "bytes", unless the name is a legacy one that dashboards query; or keep it with @SuppressWarnings("exporter-builder:reserved-suffix")
      help = "Test metric.")
  double value;
}
