package cases;

import dev.exporterbuilder.annotations.Collector;
import dev.exporterbuilder.annotations.Exporter;
import dev.exporterbuilder.annotations.Gauge;

@Exporter(
    name = "pump",
    port = 9877,
    collectors = Tank.class) // error: [EB008] cases.Tank needs a non-private constructor without parameters: the generated NoAccessibleConstructorMain creates it
class NoAccessibleConstructor {}

@Collector
class Tank { // error: [EB008] cases.Tank needs a non-private constructor without parameters: the generated NoAccessibleConstructorMain creates it
  private final String device;

  Tank(String device) {
    this.device = device;
  }

  @Gauge(help = "Water level.")
  double level() {
    return device.length();
  }
}
