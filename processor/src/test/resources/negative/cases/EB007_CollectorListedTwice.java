package cases;

import dev.exporterbuilder.annotations.Collector;
import dev.exporterbuilder.annotations.Exporter;
import dev.exporterbuilder.annotations.Gauge;

@Exporter(
    name = "pump",
    port = 9877,
    collectors = {
      Tank.class,
      Tank.class // error: [EB007] Tank is listed twice in @Exporter(collectors); list it once
    })
class CollectorListedTwice {}

@Collector
class Tank {
  @Gauge(help = "Water level.")
  double level;
}
