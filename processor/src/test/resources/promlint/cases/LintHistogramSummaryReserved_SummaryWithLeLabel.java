// promlint: TestLintHistogramSummaryReserved "summary with le label"
// promlint says: go_gc_duration_seconds non-histogram metrics should not have "le" label
// verdict: agrees
package cases;

import dev.exporterbuilder.annotations.Exporter;
import dev.exporterbuilder.annotations.Summary;
import dev.exporterbuilder.runtime.ConstSummary;
import java.util.Map;

@SuppressWarnings("exporter-builder:foreign-namespace") // re-exports a Go program's runtime metrics under their own names
@Exporter(name = "go", port = 19100)
class SummaryWithLeLabel {
  @Summary(
      name = "gc_duration_seconds",
      help = "A summary of the GC invocation durations.",
      labels = "le") // error: [EB218] label "le" is reserved for the buckets of histograms, though this metric is a summary; choose another name, unless it is a legacy one that dashboards query; or keep it with @SuppressWarnings("exporter-builder:reserved-label")
  Map<String, ConstSummary> gcDuration() {
    return Map.of("0.01", ConstSummary.of(5962, 1.769429004, Map.of(0.25, 8.1492e-05, 0.5, 0.000100656, 0.75, 0.000113913)));
  }
}
