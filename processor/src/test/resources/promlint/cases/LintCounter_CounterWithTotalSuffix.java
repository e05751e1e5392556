// promlint: TestLintCounter "counter with _total suffix"
// verdict: agrees
// a counter is written without _total: client_java adds it
package cases;

import dev.exporterbuilder.annotations.Counter;
import dev.exporterbuilder.annotations.Exporter;

@Exporter(name = "x", port = 19100)
class CounterWithTotalSuffix {
  @Counter(name = "bytes", help = "Test metric.")
  long value;
}
