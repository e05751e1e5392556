package cases;

import dev.exporterbuilder.annotations.Collector;
import dev.exporterbuilder.annotations.Gauge;

@Collector(
    name = "WaterTank") // error: [EB020] collector name "WaterTank" is not snake_case; write something like "water_tank"
class CollectorNameInvalid {
  @Gauge(help = "Water level.")
  double level;
}
