package cases;

import dev.exporterbuilder.annotations.Collector;
import dev.exporterbuilder.annotations.Counter;
import dev.exporterbuilder.annotations.Gauge;

@Collector
class UnitInvalid {
  @Gauge(
      help = "Water level.",
      unit = "Meters") // error: [EB045] unit "Meters" (exposed as "level_Meters") is not a snake_case word; write a base unit such as "seconds", "bytes", "celsius" or "ratio"
  double level;
}
