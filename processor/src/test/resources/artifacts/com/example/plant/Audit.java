package com.example.plant;

import dev.exporterbuilder.annotations.Collector;
import dev.exporterbuilder.annotations.Counter;

@Collector(enabledByDefault = false, timeout = "3s")
public class Audit {

  @Counter(help = "Audit records written.")
  static long records() {
    return 0;
  }
}
