package cases;

import dev.exporterbuilder.annotations.Collector;
import dev.exporterbuilder.annotations.Counter;
import dev.exporterbuilder.annotations.Gauge;

@Collector
class UnitCamelCase {
  @Gauge(
      help = "Water level.",
      unit = "Meters") // error: [EB219] unit "Meters" (exposed as "level_Meters") is not lowercase; write "meters"; or keep it with @SuppressWarnings("exporter-builder:camel-case")
  double level;
}
