package com.example.pump;

import dev.exporterbuilder.annotations.Collector;
import dev.exporterbuilder.annotations.Counter;

@Collector(enabledByDefault = false, timeout = "10s")
public class Diagnostics {

  @Counter(help = "Modbus frames with a bad checksum.")
  long badFrames() {
    return 0;
  }
}
