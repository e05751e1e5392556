package com.example.pump;

import dev.exporterbuilder.annotations.Collector;
import dev.exporterbuilder.annotations.Gauge;

@Collector(name = "tank")
public class Tank {

  @Gauge(help = "Water level.", unit = "meters")
  static double level() {
    return 2.5;
  }
}
