package dev.exporterbuilder.it;

import dev.exporterbuilder.annotations.Collector;
import dev.exporterbuilder.annotations.Counter;
import dev.exporterbuilder.annotations.Gauge;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** Labelled members with label values that must be escaped, and enum keys. */
@Collector(subsystem = "device")
public class Devices {

  enum Link {
    UP, DOWN;

    @Override
    public String toString() {
      return "link " + name().toLowerCase(Locale.ROOT); // the label must use name(), not this
    }
  }

  @Gauge(help = "Temperature per device.", unit = "celsius", labels = "device")
  Map<String, Double> temperatures() {
    Map<String, Double> temperatures = new LinkedHashMap<>();
    temperatures.put("quote\"d", 1.0);
    temperatures.put("back\\slash", 2.0);
    temperatures.put("new\nline", 3.0);
    temperatures.put("üñí©ødé ✓", 4.0);
    temperatures.put(null, 5.0);
    temperatures.put("skipped", null);
    return temperatures;
  }

  @Counter(help = "Link state changes per state.", labels = "state")
  final Map<Link, Long> changes = new EnumMap<>(Map.of(Link.UP, 7L, Link.DOWN, 2L));
}
