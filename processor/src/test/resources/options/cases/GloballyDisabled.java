package cases;

import dev.exporterbuilder.annotations.Collector;
import dev.exporterbuilder.annotations.Gauge;

@Collector
class GloballyDisabled {

  @Gauge(name = "cpuTemp", help = "CPU temperature.", unit = "celsius")
  double temperature;

  @Gauge(name = "queue_gauge", help = "Messages waiting.")
  int depth;
}
