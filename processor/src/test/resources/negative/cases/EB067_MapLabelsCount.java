package cases;

import dev.exporterbuilder.annotations.Collector;
import dev.exporterbuilder.annotations.Gauge;
import java.util.Map;

@Collector
class MapLabelsCount {
  enum Zone { CPU, GPU }

  @Gauge(help = "Temperature per zone.", unit = "celsius") // error: [EB067] temperatures() returns a map, whose keys become the values of one label; write labels = "zone" (one name, not 0)
  Map<Zone, Double> temperatures() {
    return Map.of();
  }

  @Gauge(
      help = "Free space per mount point.",
      unit = "bytes",
      labels = {"mountpoint", "fstype"}) // error: [EB067] free returns a map, whose keys become the values of one label; write labels = "name" (one name, not 2)
  Map<String, Long> free = Map.of();
}
