package dev.exporterbuilder.it;

import dev.exporterbuilder.annotations.Collector;
import dev.exporterbuilder.annotations.Counter;
import dev.exporterbuilder.annotations.Gauge;
import dev.exporterbuilder.annotations.KeyCase;
import java.util.LinkedHashMap;
import java.util.Map;

/** Families named from data, served by no exporter (so without namespace); the test sets the data. */
@Collector(name = "keyed")
public class Keyed {

  final Map<CharSequence, Double> ops = new LinkedHashMap<>();
  final Map<String, Long> kept = new LinkedHashMap<>();
  final Map<String, Long> snake = new LinkedHashMap<>();
  final Map<String, Map<String, Integer>> depths = new LinkedHashMap<>();
  final Map<String, Long> plain = new LinkedHashMap<>();

  @Counter(name = "{key}_ops", help = "Operations of kind {key}.")
  Map<CharSequence, Double> ops() {
    return ops;
  }

  @Gauge(name = "{key}", keyCase = KeyCase.KEEP, help = "Field {key}.")
  Map<String, Long> kept() {
    return kept;
  }

  @Gauge(name = "snake_{key}", unit = "bytes", help = "Field {key} in bytes.")
  Map<String, Long> snake() {
    return snake;
  }

  @Gauge(name = "queue_{key}_depth", labels = "queue", help = "Depth of {key} queues.")
  Map<String, Map<String, Integer>> depths() {
    return depths;
  }

  @Gauge(name = "plain_{key}", help = "Field {key}, without a unit.")
  Map<String, Long> plain() {
    return plain;
  }

  @Gauge(help = "A fixed family beside them.")
  double fixed() {
    return 1;
  }
}
