package com.example.plant;

import dev.exporterbuilder.annotations.Collector;
import dev.exporterbuilder.annotations.Counter;
import java.util.Map;

@Collector(enabledByDefault = false, timeout = "3s")
public class Audit {

  @Counter(help = "Audit records written.")
  static long records() {
    return 0;
  }

  @Counter(name = "{key}_events", help = "Audit events of kind {key}.")
  static Map<String, Long> events() {
    return Map.of("login", 3L, "logout", 2L);
  }
}
