package cases;

import dev.exporterbuilder.annotations.Collector;
import dev.exporterbuilder.annotations.Gauge;
import dev.exporterbuilder.annotations.Label;
import java.util.List;

@Collector
class TypeNotAccessible {
  private record Sensor(@Label String kind, double celsius) {}

  @Gauge(help = "Temperature per sensor.", unit = "celsius")
  List<Sensor> temperature() { // error: [EB093] temperature() uses Sensor, which the generated collector in package cases cannot reach; make it and its enclosing classes non-private
    return List.of();
  }
}
