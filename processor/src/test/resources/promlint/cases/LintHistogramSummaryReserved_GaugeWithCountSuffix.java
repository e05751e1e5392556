// promlint: TestLintHistogramSummaryReserved "gauge with _count suffix"
// promlint says: x_bytes_count non-histogram and non-summary metrics should not have "_count" suffix
// verdict: agrees
package cases;

import dev.exporterbuilder.annotations.Exporter;
import dev.exporterbuilder.annotations.Gauge;

@Exporter(name = "x", port = 19100)
class GaugeWithCountSuffix {
  @Gauge(
      name = "bytes_count", // error: [EB042] metric name "bytes_count" ends with "_count", which Prometheus reserves for the series of histograms and summaries; write name = "bytes" or another name
      help = "Test metric.")
  double value;
}
