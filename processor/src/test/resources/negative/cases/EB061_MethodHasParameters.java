package cases;

import dev.exporterbuilder.annotations.Collector;
import dev.exporterbuilder.annotations.Counter;
import dev.exporterbuilder.annotations.Gauge;

@Collector
class MethodHasParameters {
  @Gauge(help = "Water level.")
  double level(int tank, int sensor) { // error: [EB061] level() takes 2 parameters; a metric method takes none, or one: what its class's @Reading method returns
    return tank + sensor;
  }
}
