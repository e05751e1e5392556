// promlint: TestLintCamelCase "request_duration_seconds"
// promlint says: request_duration_seconds label names should be written in 'snake_case' not 'camelCase'
// verdict: agrees
package cases;

import dev.exporterbuilder.annotations.Exporter;
import dev.exporterbuilder.annotations.Histogram;
import dev.exporterbuilder.runtime.ConstHistogram;
import java.util.Map;

@Exporter(name = "request", port = 19100)
class LabelCamelCase {
  @Histogram(
      name = "duration_seconds",
      help = "Test metric.",
      labels = "httpService") // error: [EB071] label name "httpService" is camelCase; write "http_service"; or keep it with @SuppressWarnings("exporter-builder:camel-case")
  Map<String, ConstHistogram> duration() {
    return Map.of("foo", ConstHistogram.of(69, 28.740810936000006, Map.of(0.5, 57L, 1.0, 68L, 2.5, 69L)));
  }
}
