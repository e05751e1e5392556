package com.example.pump;

import dev.exporterbuilder.annotations.Collector;
import dev.exporterbuilder.annotations.Counter;
import dev.exporterbuilder.annotations.Gauge;
import dev.exporterbuilder.annotations.Reading;
import dev.exporterbuilder.annotations.Untyped;
import java.io.IOException;
import java.util.Map;

/** A flow meter read once per run: every member's sample comes from the same reading. */
@Collector(name = "meter")
public class Meter {

  /** One answer of the meter. */
  record Snapshot(long pulses, double temperature) {}

  @Reading
  Snapshot read() throws IOException {
    return new Snapshot(1200, 11.5);
  }

  @Counter(help = "Pulses counted by the flow meter.")
  long pulses(Snapshot meter) {
    return meter.pulses();
  }

  @Gauge(help = "Water temperature at the meter.", unit = "celsius")
  static double temperature(Snapshot meter) {
    return meter.temperature();
  }

  @Gauge(help = "Whether the meter is calibrated.")
  boolean calibrated() {
    return true;
  }

  /** A legacy name kept as the old exporter wrote it: untyped, so no _total is added. */
  @Untyped(name = "legacy_pulses", help = "Pulses counted, as the old exporter named them.")
  long legacyPulses(Snapshot meter) {
    return meter.pulses();
  }

  @Untyped(help = "Raw reading per channel.", labels = "channel")
  Map<String, Double> raw() {
    return Map.of("a", 1.0, "b", Double.NaN);
  }
}
