// promlint: TestLintCamelCase "requestDuration_seconds"
// promlint says: requestDuration_seconds metric names should be written in 'snake_case' not 'camelCase'
// promtool says: x_requestDuration_seconds metric names should be written in 'snake_case' not 'camelCase'
// verdict: agrees
// an exposed name starts with the snake_case namespace, so the camelCase word follows it: x_requestDuration_seconds
package cases;

import dev.exporterbuilder.annotations.Exporter;
import dev.exporterbuilder.annotations.Histogram;
import dev.exporterbuilder.runtime.ConstHistogram;
import java.util.Map;

@Exporter(name = "x", port = 19100)
class RequestDurationCamelCase {
  @Histogram(
      name = "requestDuration_seconds", // error: [EB041] metric name "requestDuration_seconds" (exposed as "x_requestDuration_seconds") is camelCase; write "request_duration_seconds"; or keep it with @SuppressWarnings("exporter-builder:camel-case")
      help = "Test metric.")
  ConstHistogram duration() {
    return ConstHistogram.of(69, 28.740810936000006, Map.of(0.005, 0L, 0.5, 57L, 1.0, 68L, 2.5, 69L));
  }
}
