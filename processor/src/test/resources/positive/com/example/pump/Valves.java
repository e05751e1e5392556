package com.example.pump;

import dev.exporterbuilder.annotations.Collector;
import dev.exporterbuilder.annotations.Counter;
import dev.exporterbuilder.annotations.Gauge;
import dev.exporterbuilder.annotations.Label;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Labelled members: one sample per map entry, the key as the label value; closed at shutdown. */
@Collector(subsystem = "valve")
public class Valves implements AutoCloseable {

  @Override
  public void close() {}

  enum Position { INLET, OUTLET }

  record Sensor(@Label String kind, @Label("sensor") int index, double celsius) {}

  record Link(@Label Position position, boolean up) {}

  record Flow(@Label String pipe, OptionalDouble rate) {}

  /** A class, not a record: a @Label field, a @Label getter, and one readable value (the getter). */
  static class Actuator {
    @Label final String vendor;
    private final String serial;
    private final long strokes;

    Actuator(String vendor, String serial, long strokes) {
      this.vendor = vendor;
      this.serial = serial;
      this.strokes = strokes;
    }

    @Label("serial")
    String getSerial() {
      return serial;
    }

    long getStrokes() {
      return strokes;
    }

    @Override
    public String toString() {
      return vendor + "/" + serial;
    }
  }

  @Gauge(help = "Temperature per sensor.", unit = "celsius")
  List<Sensor> temperature() {
    return List.of(new Sensor("water", 0, 11.5), new Sensor("motor", 1, 42));
  }

  @Gauge(help = "Whether each valve's link is up.")
  Stream<Link> links() {
    return Stream.of(new Link(Position.INLET, true));
  }

  @Gauge(help = "Flow per pipe, when measured.", unit = "ratio")
  static Flow[] flows = {new Flow("main", OptionalDouble.of(0.5))};

  @Counter(help = "Strokes per actuator.")
  List<Actuator> strokes() {
    return List.of(new Actuator("acme", "A-1", 120));
  }

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
