package cases;

import dev.exporterbuilder.annotations.Collector;
import dev.exporterbuilder.annotations.Summary;
import dev.exporterbuilder.annotations.Untyped;
import dev.exporterbuilder.runtime.ConstSummary;
import java.util.Map;

@Collector
class KeyOnUnsupportedKind {
  @Summary(name = "{key}_latency", unit = "seconds", help = "Latency.") // error: [EB188] @Summary does not take {key} in its name: only @Gauge and @Counter name families from data; name this metric without {key}, with one label for the key
  Map<String, ConstSummary> latency() {
    return Map.of();
  }

  @Untyped(name = "setting_{key}", help = "A setting.") // error: [EB188] @Untyped does not take {key} in its name: only @Gauge and @Counter name families from data; name this metric without {key}, with one label for the key
  Map<String, Double> settings() {
    return Map.of();
  }
}
