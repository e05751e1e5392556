package com.example.pump;

import dev.exporterbuilder.annotations.Collector;
import dev.exporterbuilder.annotations.Counter;
import dev.exporterbuilder.annotations.Gauge;
import java.util.EnumMap;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;

/** Labelled members: one sample per map entry, the key as the label value. */
@Collector(subsystem = "valve")
public class Valves {

  enum Position { INLET, OUTLET }

  @Gauge(help = "Valve opening.", unit = "ratio", labels = "position")
  Map<Position, Double> opening() {
    Map<Position, Double> opening = new EnumMap<>(Position.class);
    opening.put(Position.INLET, 0.5);
    return opening;
  }

  @Counter(help = "Valve cycles.", labels = "valve")
  final Map<String, ? extends Number> cycles = new TreeMap<>(Map.of("v1", 3L, "v2", 4L));

  @Gauge(help = "Last calibration offset, when known.", labels = "valve")
  static TreeMap<String, OptionalDouble> calibration() {
    return new TreeMap<>(Map.of("v1", OptionalDouble.of(0.1), "v2", OptionalDouble.empty()));
  }
}
