// promlint: TestLintNoHelpText "OK"
// verdict: stricter
// the namespace "go" belongs to Go programs' runtime metrics: an error unless switched off (foreign-namespace)
package cases;

import dev.exporterbuilder.annotations.Exporter;
import dev.exporterbuilder.annotations.Gauge;

@Exporter(
    name = "go", // error: [EB102] namespace "go" is where the runtime metrics of Go programs live, so dashboards and alerts would mistake yours for theirs; use the name of the system you export, unless you re-export theirs (promlint has no such rule; this check is stricter); or keep it with @SuppressWarnings("exporter-builder:foreign-namespace")
    port = 19100)
class Ok {
  @Gauge(help = "Number of goroutines that currently exist.")
  int goroutines;
}
