package cases;

import dev.exporterbuilder.annotations.Collector;
import dev.exporterbuilder.annotations.Counter;
import dev.exporterbuilder.annotations.Exporter;
import dev.exporterbuilder.annotations.Gauge;

@Exporter(name = "pump", port = 9877, collectors = {Tank.class, Well.class})
class DuplicateMetricName {}

@Collector
class Tank {
  @Gauge(help = "Water level.", unit = "meters")
  double level; // error: [EB049] metric "pump_level_meters" is also exposed by Well.levelMeters (as a counter, with other help, without a unit); give one of them another name
}

@Collector
class Well {
  @Counter(help = "Water level of the well.")
  double levelMeters; // error: [EB049] metric "pump_level_meters" is also exposed by Tank.level (as a gauge, with other help, with unit "meters"); give one of them another name
}
