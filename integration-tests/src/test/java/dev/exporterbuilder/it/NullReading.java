package dev.exporterbuilder.it;

import dev.exporterbuilder.annotations.Collector;
import dev.exporterbuilder.annotations.Gauge;
import dev.exporterbuilder.annotations.Reading;

/** A reading that returns null: it fails like one that throws. */
@Collector(name = "null_reading")
public class NullReading {

  @Reading
  static String read() {
    return null;
  }

  @Gauge(help = "The length of what was read.")
  static int nullLength(String stat) {
    return stat.length();
  }
}
