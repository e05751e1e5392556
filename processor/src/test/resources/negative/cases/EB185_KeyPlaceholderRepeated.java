package cases;

import dev.exporterbuilder.annotations.Collector;
import dev.exporterbuilder.annotations.Gauge;
import java.util.Map;

@Collector
class KeyPlaceholderRepeated {
  @Gauge(name = "{key}_of_{key}", help = "Fields.") // error: [EB185] name "{key}_of_{key}" holds {key} 2 times; a family named from data takes its key once, as in "{key}_of_"
  Map<String, Long> fields() {
    return Map.of();
  }
}
