// promlint: TestLintNoHelpText "empty help"
// promlint says: go_goroutines no help text
// verdict: agrees
package cases;

import dev.exporterbuilder.annotations.Exporter;
import dev.exporterbuilder.annotations.Gauge;

@SuppressWarnings("exporter-builder:foreign-namespace") // re-exports a Go program's runtime metrics under their own names
@Exporter(name = "go", port = 19100)
class EmptyHelp {
  @Gauge(
      help = "") // error: [EB043] @Gauge goroutines needs a help text saying what is measured; write help = "..."
  int goroutines;
}
