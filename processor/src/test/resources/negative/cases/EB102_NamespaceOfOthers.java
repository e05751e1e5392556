package cases;

import dev.exporterbuilder.annotations.Exporter;
import dev.exporterbuilder.annotations.Gauge;

@Exporter(
    name = "go-runtime",
    namespace = "go", // error: [EB102] namespace "go" is where the runtime metrics of Go programs live, so dashboards and alerts would mistake yours for theirs; use the name of the system you export, unless you re-export theirs (promlint has no such rule; this check is stricter); or keep it with @SuppressWarnings("exporter-builder:foreign-namespace")
    port = 9880)
class NamespaceOfOthers {
  @Gauge(help = "Goroutines of the watched program.")
  int goroutines;
}
