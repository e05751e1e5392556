// promlint: TestLintCounter "gauge with _total suffix"
// promlint says: x_bytes_total non-counter metrics should not have "_total" suffix
// verdict: agrees
package cases;

import dev.exporterbuilder.annotations.Exporter;
import dev.exporterbuilder.annotations.Gauge;

@Exporter(name = "x", port = 19100)
class GaugeWithTotalSuffix {
  @Gauge(
      name = "bytes_total", // error: [EB215] metric name "bytes_total" ends with "_total" (exposed as "x_bytes_total"), a suffix that marks the samples of counters, though this metric is a gauge; write name = "bytes", unless the name is a legacy one that dashboards query; or keep it with @SuppressWarnings("exporter-builder:reserved-suffix")
      help = "Test metric.")
  double value;
}
