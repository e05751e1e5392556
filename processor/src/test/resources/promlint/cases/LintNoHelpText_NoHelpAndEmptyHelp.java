// promlint: TestLintNoHelpText "no help and empty help"
// promlint says: go_goroutines no help text
// promlint says: go_threads no help text
// verdict: agrees
// javac option: -XDshould-stop.ifError=FLOW
// help is a required attribute: javac rejects the annotation without it; with this option (as some builds set it)
// javac runs the processor anyway, which reports the missing help too
package cases;

import dev.exporterbuilder.annotations.Exporter;
import dev.exporterbuilder.annotations.Gauge;

@SuppressWarnings("exporter-builder:foreign-namespace") // re-exports a Go program's runtime metrics under their own names
@Exporter(name = "go", port = 19100)
class NoHelpAndEmptyHelp {
  @Gauge(
      help = "") // error: [EB043] @Gauge goroutines needs a help text saying what is measured; write help = "..."
  int goroutines;

  @Gauge // error: [EB043] @Gauge threads needs a help text saying what is measured; write help = "..." // error: annotation @dev.exporterbuilder.annotations.Gauge is missing a default value for the element 'help'
  int threads;
}
