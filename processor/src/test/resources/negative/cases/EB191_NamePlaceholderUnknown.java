package cases;

import dev.exporterbuilder.annotations.Collector;
import dev.exporterbuilder.annotations.Gauge;
import java.util.Map;

@Collector
class NamePlaceholderUnknown {
  @Gauge(name = "memory_{name}", help = "Memory.") // error: [EB191] name "memory_{name}" holds a brace; {key} is the only placeholder a name may hold, and other braces are not valid in a metric name
  Map<String, Long> sizes() {
    return Map.of();
  }
}
