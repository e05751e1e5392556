package cases;

import dev.exporterbuilder.annotations.Collector;
import dev.exporterbuilder.annotations.Gauge;
import java.util.Map;

/** The static parts of a name with {key} pass the same rules, with a sample word for the key. */
@Collector
class KeyedNameReservedSuffix {
  @Gauge(name = "{key}_count", help = "Fields.") // error: [EB042] metric name "key_count" ends with "_count", which Prometheus reserves for the series of histograms and summaries; write name = "key" or another name
  Map<String, Long> fields() {
    return Map.of();
  }
}
