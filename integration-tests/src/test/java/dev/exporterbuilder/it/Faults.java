package dev.exporterbuilder.it;

import dev.exporterbuilder.annotations.Collector;
import dev.exporterbuilder.annotations.Counter;
import dev.exporterbuilder.annotations.Gauge;
import java.io.IOException;

/** Members that fail in each way a scrape must survive, beside one that works. */
@Collector
public class Faults {

  @Gauge(help = "Reads a device that does not answer.")
  double broken() throws IOException {
    throw new IOException("device /dev/ttyUSB0 not responding");
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

  @Gauge(help = "Still works.")
  double healthy() {
    return 1.5;
  }
}
