// promlint: TestLintMetricTypeInName "histogram with _histogram suffix"
// promlint says: request_duration_seconds_histogram metric name should not include type 'histogram'
// verdict: agrees
package cases;

import dev.exporterbuilder.annotations.Exporter;
import dev.exporterbuilder.annotations.Histogram;
import dev.exporterbuilder.runtime.ConstHistogram;
import java.util.Map;

@Exporter(name = "request", port = 19100)
class HistogramWithHistogramSuffix {
  @Histogram(
      name = "duration_seconds_histogram", // error: [EB052] metric name "duration_seconds_histogram" puts the type "histogram" into the exposed name request_duration_seconds_histogram; the TYPE line already says it, so leave it out; or keep it with @SuppressWarnings("exporter-builder:type-in-name")
      help = "Test metric.")
  ConstHistogram duration() {
    return ConstHistogram.of(69, 28.740810936000006, Map.of(0.005, 0L, 0.5, 57L, 1.0, 68L, 2.5, 69L));
  }
}
