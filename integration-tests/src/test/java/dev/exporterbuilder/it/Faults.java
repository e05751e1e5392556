package dev.exporterbuilder.it;

import dev.exporterbuilder.annotations.Collector;
import dev.exporterbuilder.annotations.Counter;
import dev.exporterbuilder.annotations.Gauge;
import dev.exporterbuilder.annotations.Label;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/** Members that fail in each way a scrape must survive, beside one that works. */
@Collector
public class Faults {

  @Gauge(help = "Reads a device that does not answer.")
  double broken() throws IOException {
    throw new IOException("device /dev/ttyUSB0 not responding");
  }

  @Gauge(help = "Reads a value that is not there.")
  double unchecked() {
    throw new IllegalStateException("no reading yet");
  }

  @Gauge(help = "Breaks an assertion of its own.")
  double asserted() {
    throw new AssertionError("reading out of range");
  }

  @Counter(help = "A counter that went backwards.")
  double negative() {
    return -1;
  }

  @Counter(help = "A counter that is not a number.")
  double notANumber() {
    return Double.NaN;
  }

  @Gauge(help = "A member that returns null.")
  Double missing() {
    return null;
  }

  /** Two keys whose label values are equal: client_java rejects the duplicate label set. */
  @Gauge(help = "A labelled member whose label values collide.", labels = "key")
  Map<Object, Double> duplicated() {
    return Map.of("a", 1.0, new StringBuilder("a"), 2.0);
  }

  record Pair(@Label String key, double value) {}

  /** Two records with one label set. */
  @Gauge(help = "Labelled records whose label sets collide.")
  List<Pair> duplicatedRecords() {
    return List.of(new Pair("a", 1), new Pair("a", 2));
  }

  @Gauge(help = "Still works.")
  double healthy() {
    return 1.5;
  }
}
