// promlint: TestLintHistogramSummaryReserved "gauge with _bucket suffix"
// promlint says: x_bytes_bucket non-histogram metrics should not have "_bucket" suffix
// verdict: agrees
package cases;

import dev.exporterbuilder.annotations.Exporter;
import dev.exporterbuilder.annotations.Gauge;

@Exporter(name = "x", port = 19100)
class GaugeWithBucketSuffix {
  @Gauge(
      name = "bytes_bucket", // error: [EB215] metric name "bytes_bucket" ends with "_bucket" (exposed as "x_bytes_bucket"), a suffix that Prometheus reserves for the series of histograms, though this metric is a gauge; write name = "bytes", unless the name is a legacy one that dashboards query; or keep it with @SuppressWarnings("exporter-builder:reserved-suffix")
      help = "Test metric.")
  double value;
}
