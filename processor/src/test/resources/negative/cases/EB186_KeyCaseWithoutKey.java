package cases;

import dev.exporterbuilder.annotations.Collector;
import dev.exporterbuilder.annotations.Gauge;
import dev.exporterbuilder.annotations.KeyCase;

@Collector
class KeyCaseWithoutKey {
  @Gauge(name = "depth", keyCase = KeyCase.KEEP, help = "Depth.") // error: [EB186] keyCase applies only to a name that holds {key}; remove keyCase, or write {key} in name where each key of the returned map goes
  long depth() {
    return 0;
  }
}
