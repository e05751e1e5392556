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
      name = "duration::_seconds", // error: [EB216] metric name "duration::_seconds" puts ':' into the exposed name "request_duration::_seconds"; Prometheus reserves colons for the names of recording rules, so write "duration_seconds", unless the name is a legacy one that dashboards query; or keep it with @SuppressWarnings("exporter-builder:colon")
      help = "Test metric.")
  ConstHistogram duration() {
    return ConstHistogram.of(69, 28.740810936000006, Map.of(0.005, 0L, 0.5, 57L, 1.0, 68L, 2.5, 69L));
  }
}
