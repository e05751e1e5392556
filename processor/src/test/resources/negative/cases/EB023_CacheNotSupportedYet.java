package cases;

import dev.exporterbuilder.annotations.Collector;
import dev.exporterbuilder.annotations.Gauge;

@Collector(
    cache = "30s") // error: [EB023] @Collector(cache) is not supported by this version of exporter-builder yet; remove it
class CacheNotSupportedYet {
  @Gauge(help = "Water level.")
  double level;
}
