package cases;

import dev.exporterbuilder.annotations.Collector;
import dev.exporterbuilder.annotations.Gauge;
import java.util.Map;

@Collector
class KeyedLegacySuffix {

  @Gauge(name = "{key}_count", help = "Counts of {key}.")
  Map<String, Long> counts() {
    return Map.of();
  }
}
