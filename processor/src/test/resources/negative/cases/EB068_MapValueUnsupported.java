package cases;

import dev.exporterbuilder.annotations.Collector;
import dev.exporterbuilder.annotations.Gauge;
import java.util.Map;

@Collector
class MapValueUnsupported {
  @Gauge(help = "Firmware per device.", labels = "device")
  Map<String, String> firmware() { // error: [EB068] firmware() maps to java.lang.String, which cannot be a metric value; use a box such as Double or Long, Number, Boolean, OptionalDouble/Long/Int, an atomic or an adder
    return Map.of();
  }
}
