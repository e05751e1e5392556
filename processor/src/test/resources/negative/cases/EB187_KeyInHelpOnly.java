package cases;

import dev.exporterbuilder.annotations.Collector;
import dev.exporterbuilder.annotations.Gauge;

@Collector
class KeyInHelpOnly {
  @Gauge(help = "Field {key}.") // error: [EB187] help holds {key} but name does not, so there is no key to put there; write {key} in name too, or remove it from help
  long field() {
    return 0;
  }
}
