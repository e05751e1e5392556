// promlint: TestLintHistogramSummaryReserved "summary OK"
// verdict: stricter
// the namespace "go" belongs to Go programs' runtime metrics: an error unless switched off (foreign-namespace)
package cases;

import dev.exporterbuilder.annotations.Exporter;
import dev.exporterbuilder.annotations.Summary;
import dev.exporterbuilder.runtime.ConstSummary;
import java.util.Map;

@Exporter(
    name = "go", // error: [EB102] namespace "go" is where the runtime metrics of Go programs live, so dashboards and alerts would mistake yours for theirs; use the name of the system you export, unless you re-export theirs (promlint has no such rule; this check is stricter); or keep it with @SuppressWarnings("exporter-builder:foreign-namespace")
    port = 19100)
class SummaryOk {
  @Summary(name = "gc_duration_seconds", help = "A summary of the GC invocation durations.")
  ConstSummary gcDuration() {
    return ConstSummary.of(5962, 1.769429004, Map.of(0.25, 8.1492e-05, 0.5, 0.000100656, 0.75, 0.000113913));
  }
}
