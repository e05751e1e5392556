// promlint: TestLintCounter "untyped with _total suffix"
// verdict: stricter
package cases;

import dev.exporterbuilder.annotations.Exporter;
import dev.exporterbuilder.annotations.Untyped;

@Exporter(name = "x", port = 19100)
class UntypedWithTotalSuffix {
  @Untyped(
      name = "bytes_total", // error: [EB215] metric name "bytes_total" ends with "_total" (exposed as "x_bytes_total"), a suffix that marks the samples of counters, though this metric is an untyped metric; write name = "bytes", unless the name is a legacy one that dashboards query; or keep it with @SuppressWarnings("exporter-builder:reserved-suffix")
      help = "Test metric.")
  double value = 10;
}
