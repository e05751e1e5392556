package cases;

import dev.exporterbuilder.annotations.Collector;
import dev.exporterbuilder.annotations.Gauge;
import java.util.Map;

/** The static parts of a name with {key} pass the same rules, with a sample word for the key. */
@Collector
class KeyedNameForeignSuffix {
  @Gauge(name = "{key}_count", help = "Fields.") // error: [EB215] metric name "key_count" ends with "_count" (exposed as "key_count"), a suffix that Prometheus reserves for the series of histograms and summaries, though this metric is a gauge; write name = "key", unless the name is a legacy one that dashboards query; or keep it with @SuppressWarnings("exporter-builder:reserved-suffix")
  Map<String, Long> fields() {
    return Map.of();
  }
}
