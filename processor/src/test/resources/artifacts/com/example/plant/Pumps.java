package com.example.plant;

import dev.exporterbuilder.runtime.ConstHistogram;
import dev.exporterbuilder.runtime.ConstSummary;
import dev.exporterbuilder.annotations.Collector;
import dev.exporterbuilder.annotations.Counter;
import dev.exporterbuilder.annotations.Histogram;
import dev.exporterbuilder.annotations.Summary;
import dev.exporterbuilder.annotations.Untyped;
import java.util.Map;

@Collector(subsystem = "pump")
public class Pumps {

  @Counter(help = "Running time per pump.", unit = "seconds", labels = "pump")
  static Map<String, Double> runtime() {
    return Map.of("p1", 12.5);
  }

  @Histogram(help = "Pump start-up time.", unit = "seconds")
  static ConstHistogram startup() {
    return ConstHistogram.of(10, 1.5, Map.of(0.1, 4L, 1.0, 9L));
  }

  @Summary(help = "Time to prime the pump.", unit = "seconds")
  static ConstSummary priming() {
    return ConstSummary.of(3, 0.3, Map.of(0.5, 0.1));
  }

  @Untyped(help = "Raw pulses | as the old exporter counted them.")
  static long pulses() {
    return 7;
  }
}
