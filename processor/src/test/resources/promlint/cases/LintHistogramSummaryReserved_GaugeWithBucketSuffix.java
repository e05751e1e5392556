// promlint: TestLintHistogramSummaryReserved "gauge with _bucket suffix"
// promlint says: x_bytes_bucket non-histogram metrics should not have "_bucket" suffix
// verdict: agrees
package cases;

import dev.exporterbuilder.annotations.Exporter;
import dev.exporterbuilder.annotations.Gauge;

@Exporter(name = "x", port = 19100)
class GaugeWithBucketSuffix {
  @Gauge(
      name = "bytes_bucket", // error: [EB042] metric name "bytes_bucket" ends with "_bucket", which Prometheus reserves for the series of histograms; write name = "bytes" or another name
      help = "Test metric.")
  double value;
}
