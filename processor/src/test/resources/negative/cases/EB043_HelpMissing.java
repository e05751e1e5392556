package cases;

import dev.exporterbuilder.annotations.Collector;
import dev.exporterbuilder.annotations.Counter;
import dev.exporterbuilder.annotations.Gauge;

@Collector
class HelpMissing {
  @Gauge(
      help = "") // error: [EB043] @Gauge level needs a help text saying what is measured; write help = "..."
  double level;
}
