// promlint: TestLintMetricTypeInName "summary with _summary suffix"
// promlint says: request_duration_seconds_summary metric name should not include type 'summary'
// verdict: agrees
package cases;

import dev.exporterbuilder.annotations.Exporter;
import dev.exporterbuilder.annotations.Summary;
import dev.exporterbuilder.runtime.ConstSummary;
import java.util.Map;

@Exporter(name = "request", port = 19100)
class SummaryWithSummarySuffix {
  @Summary(
      name = "duration_seconds_summary", // error: [EB052] metric name "duration_seconds_summary" puts the type "summary" into the exposed name request_duration_seconds_summary; the TYPE line already says it, so leave it out; or keep it with @SuppressWarnings("exporter-builder:type-in-name")
      help = "Test metric.")
  ConstSummary duration() {
    return ConstSummary.of(5962, 1.769429004, Map.of(0.25, 8.1492e-05, 0.5, 0.000100656, 0.75, 0.000113913));
  }
}
