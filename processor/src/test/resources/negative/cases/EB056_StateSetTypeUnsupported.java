package cases;

import dev.exporterbuilder.annotations.Collector;
import dev.exporterbuilder.annotations.StateSet;

@Collector
class StateSetTypeUnsupported {
  @StateSet(help = "Operating mode.")
  int mode() { // error: [EB056] mode() has type int; a @StateSet member returns a non-private enum, whose constants are the states
    return 0;
  }
}
