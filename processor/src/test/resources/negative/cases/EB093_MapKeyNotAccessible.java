package cases;

import dev.exporterbuilder.annotations.Collector;
import dev.exporterbuilder.annotations.Gauge;
import java.util.Map;

@Collector
class MapKeyNotAccessible {
  private enum Pump { INLET, OUTLET }

  @Gauge(help = "Flow per pump.", labels = "pump")
  Map<Pump, Double> flow() { // error: [EB093] flow() uses Pump, which the generated collector in package cases cannot reach; make it and its enclosing classes non-private
    return Map.of();
  }
}
