package cases;

import dev.exporterbuilder.annotations.Collector;
import dev.exporterbuilder.annotations.Counter;
import dev.exporterbuilder.annotations.Gauge;

@Collector
class MethodReturnsVoid {
  @Gauge(help = "Water level.")
  void level() {} // error: [EB062] level() returns void; return the value to expose
}
