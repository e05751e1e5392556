package cases;

import dev.exporterbuilder.annotations.Collector;
import dev.exporterbuilder.annotations.Counter;
import dev.exporterbuilder.annotations.Gauge;

@Collector
class UnsupportedType {
  @Gauge(help = "Water level.")
  String level() { // error: [EB063] level() has type java.lang.String, which cannot be a metric value; use a number, a box, Number, a boolean, OptionalDouble/Long/Int, an atomic or an adder
    return "high";
  }
}
