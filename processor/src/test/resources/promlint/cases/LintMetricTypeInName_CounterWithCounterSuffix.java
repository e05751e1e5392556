// promlint: TestLintMetricTypeInName "counter with _counter suffix"
// promlint says: http_requests_counter metric name should not include type 'counter'
// promlint says: http_requests_counter counter metrics should have "_total" suffix
// promtool says: http_requests_counter_total metric name should not include type 'counter'
// verdict: agrees
// a counter is always exposed with _total (client_java adds it), so only the type word is left to find
package cases;

import dev.exporterbuilder.annotations.Counter;
import dev.exporterbuilder.annotations.Exporter;

@Exporter(name = "http", port = 19100)
class CounterWithCounterSuffix {
  @Counter(
      name = "requests_counter", // error: [EB052] metric name "requests_counter" puts the type "counter" into the exposed name http_requests_counter_total; the TYPE line already says it, so leave it out; or keep it with @SuppressWarnings("exporter-builder:type-in-name")
      help = "Test metric.")
  long value;
}
