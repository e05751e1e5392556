package cases;

import dev.exporterbuilder.annotations.Counter;
import dev.exporterbuilder.annotations.Exporter;

@Exporter(name = "pump", port = 9877)
@SuppressWarnings("exporter-builder:reserved-prefix")
class SelfMetricCacheAge {
  @Counter(name = "scrape_collector_cache_age", unit = "seconds", help = "Time the cache was aged.")
  double cacheAge; // error: [EB049] metric "pump_scrape_collector_cache_age_seconds" is also exposed by the exporter runtime's self-metrics; give one of them another name
}
