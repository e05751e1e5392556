// promlint: TestLintMetricTypeInName "histogram with _histogram suffix"
// promlint says: request_duration_seconds_HISTOGRAM metric name should not include type 'histogram'
// verdict: agrees
// promlint's table has two cases of this name; this is request_duration_seconds_HISTOGRAM
package cases;

import dev.exporterbuilder.annotations.Exporter;
import dev.exporterbuilder.annotations.Histogram;
import dev.exporterbuilder.runtime.ConstHistogram;
import java.util.Map;

@Exporter(name = "request", port = 19100)
class HistogramWithUppercaseHistogramSuffix {
  @Histogram(
      name = "duration_seconds_HISTOGRAM", // error: [EB041] metric name "duration_seconds_HISTOGRAM" (exposed as "request_duration_seconds_HISTOGRAM") is camelCase; write "duration_seconds_histogram"; or keep it with @SuppressWarnings("exporter-builder:camel-case") // error: [EB052] metric name "duration_seconds_HISTOGRAM" puts the type "histogram" into the exposed name request_duration_seconds_HISTOGRAM; the TYPE line already says it, so leave it out; or keep it with @SuppressWarnings("exporter-builder:type-in-name")
      help = "Test metric.")
  ConstHistogram duration() {
    return ConstHistogram.of(69, 28.740810936000006, Map.of(0.005, 0L, 0.5, 57L, 1.0, 68L, 2.5, 69L));
  }
}
