// promlint: TestLintCounter "untyped with _total suffix"
// verdict: stricter
package cases;

import dev.exporterbuilder.annotations.Exporter;
import dev.exporterbuilder.annotations.Untyped;

@Exporter(name = "x", port = 19100)
class UntypedWithTotalSuffix {
  @Untyped(
      name = "bytes_total", // error: [EB215] metric name "bytes_total" makes the exposed name "x_bytes_total" end with "_total", which marks the samples of counters, though this metric is an untyped metric; write name = "bytes", unless the name is a legacy one that dashboards query; or keep it with @SuppressWarnings("exporter-builder:reserved-suffix")
      help = "Test metric.")
  double value = 10;
}
