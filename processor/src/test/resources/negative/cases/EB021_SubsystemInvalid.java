package cases;

import dev.exporterbuilder.annotations.Collector;
import dev.exporterbuilder.annotations.Gauge;

@Collector(
    subsystem = "tank-1") // error: [EB021] subsystem "tank-1" is not snake_case; write something like "tank_1"
class SubsystemInvalid {
  @Gauge(help = "Water level.")
  double level;
}
