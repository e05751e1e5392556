// promlint: TestLintReservedChars "request_duration::_seconds"
// promlint says: request_duration::_seconds metric names should not contain ':'
// verdict: agrees
package cases;

import dev.exporterbuilder.annotations.Exporter;
import dev.exporterbuilder.annotations.Histogram;
import dev.exporterbuilder.runtime.ConstHistogram;
import java.util.Map;

@Exporter(name = "request", port = 19100)
class RequestDurationColonsSeconds {
  @Histogram(
      name = "duration::_seconds", // error: [EB040] metric name "duration::_seconds" is not a valid Prometheus name ([a-zA-Z_][a-zA-Z0-9_]*, no ':', no leading "__"); write something like "duration_seconds"
      help = "Test metric.")
  ConstHistogram duration() {
    return ConstHistogram.of(69, 28.740810936000006, Map.of(0.005, 0L, 0.5, 57L, 1.0, 68L, 2.5, 69L));
  }
}
