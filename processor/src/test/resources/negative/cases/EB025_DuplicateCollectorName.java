package cases;

import dev.exporterbuilder.annotations.Collector;
import dev.exporterbuilder.annotations.Exporter;
import dev.exporterbuilder.annotations.Gauge;

@Exporter(name = "pump", port = 9877, collectors = {Tank.class, Well.class})
class DuplicateCollectorName {}

@Collector(name = "water")
class Tank { // error: [EB025] collector name "water" is also used by cases.Well; give one of them another name
  @Gauge(help = "Water level.")
  double level;
}

@Collector(name = "water")
class Well { // error: [EB025] collector name "water" is also used by cases.Tank; give one of them another name
  @Gauge(help = "Water depth.")
  double depth;
}
