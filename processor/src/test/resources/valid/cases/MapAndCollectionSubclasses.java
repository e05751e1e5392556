package cases;

import dev.exporterbuilder.annotations.Collector;
import dev.exporterbuilder.annotations.Gauge;
import dev.exporterbuilder.annotations.Info;
import dev.exporterbuilder.annotations.Label;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.TreeMap;

/** Map and collection types written as subclasses, generic or not. */
@Collector
class MapAndCollectionSubclasses {
  static class Counts extends TreeMap<String, Long> {
    private static final long serialVersionUID = 1L;
  }

  static class Tagged<V> extends HashMap<String, V> {
    private static final long serialVersionUID = 1L;
  }

  record Zone(@Label String zone, double celsius) {}

  static class Zones extends ArrayList<Zone> {
    private static final long serialVersionUID = 1L;
  }

  @Gauge(help = "Counts per key.", labels = "key")
  Counts counts() {
    return new Counts();
  }

  @Info(help = "Build attributes.")
  Tagged<String> build() {
    return new Tagged<>();
  }

  @Gauge(help = "Temperature per zone.", unit = "celsius")
  Zones temperature() {
    return new Zones();
  }
}
