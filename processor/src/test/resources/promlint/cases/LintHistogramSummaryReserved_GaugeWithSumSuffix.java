// promlint: TestLintHistogramSummaryReserved "gauge with _sum suffix"
// promlint says: x_bytes_sum non-histogram and non-summary metrics should not have "_sum" suffix
// verdict: agrees
package cases;

import dev.exporterbuilder.annotations.Exporter;
import dev.exporterbuilder.annotations.Gauge;

@Exporter(name = "x", port = 19100)
class GaugeWithSumSuffix {
  @Gauge(
      name = "bytes_sum", // error: [EB042] metric name "bytes_sum" ends with "_sum", which Prometheus reserves for the series of histograms and summaries; write name = "bytes" or another name
      help = "Test metric.")
  double value;
}
