package cases;

import dev.exporterbuilder.annotations.Collector;
import dev.exporterbuilder.annotations.Exporter;
import dev.exporterbuilder.annotations.Gauge;

@Exporter(name = "pump", port = 9100, collectors = {Tank.class, Well.class})
class DuplicateMetricName {}

@Collector
class Tank {
  @Gauge(help = "Water level.", unit = "meters")
  double level; // error: [EB049] metric "pump_level_meters" is also exposed by Well.levelMeters; give one of them another name
}

@Collector
class Well {
  @Gauge(help = "Water level of the well.")
  double levelMeters; // error: [EB049] metric "pump_level_meters" is also exposed by Tank.level; give one of them another name
}
