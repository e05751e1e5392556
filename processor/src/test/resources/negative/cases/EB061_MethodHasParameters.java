package cases;

import dev.exporterbuilder.annotations.Collector;
import dev.exporterbuilder.annotations.Counter;
import dev.exporterbuilder.annotations.Gauge;

@Collector
class MethodHasParameters {
  @Gauge(help = "Water level.")
  double level(int tank) { // error: [EB061] level() takes parameters; a metric method takes none
    return tank;
  }
}
