package cases;

import dev.exporterbuilder.annotations.Collector;
import dev.exporterbuilder.annotations.Counter;
import dev.exporterbuilder.annotations.Gauge;
import java.util.List;
import java.util.Map;

@Collector
class KeyedNotAMap {
  @Gauge(name = "memory_{key}", help = "Memory.")
  List<Long> sizes() { // error: [EB189] sizes() has {key} in its name, so it must return a Map with String keys (one family per key), not java.util.List<java.lang.Long>; return Map<String, V> with V what the member could return without {key}
    return List.of();
  }

  @Counter(name = "{key}_events", help = "Events.")
  Map<Integer, Long> events() { // error: [EB189] events() has {key} in its name, so it must return a Map with String keys (one family per key), not java.util.Map<java.lang.Integer,java.lang.Long>; return Map<String, V> with V what the member could return without {key}
    return Map.of();
  }
}
