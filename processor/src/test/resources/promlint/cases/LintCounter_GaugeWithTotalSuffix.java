// promlint: TestLintCounter "gauge with _total suffix"
// promlint says: x_bytes_total non-counter metrics should not have "_total" suffix
// verdict: agrees
package cases;

import dev.exporterbuilder.annotations.Exporter;
import dev.exporterbuilder.annotations.Gauge;

@Exporter(name = "x", port = 19100)
class GaugeWithTotalSuffix {
  @Gauge(
      name = "bytes_total", // error: [EB042] metric name "bytes_total" ends with "_total", which client_java adds to counter names itself; write name = "bytes" or another name
      help = "Test metric.")
  double value;
}
