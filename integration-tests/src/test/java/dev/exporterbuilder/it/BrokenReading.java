package dev.exporterbuilder.it;

import dev.exporterbuilder.annotations.Collector;
import dev.exporterbuilder.annotations.Gauge;
import dev.exporterbuilder.annotations.Reading;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicInteger;

/** A reading that fails: none of the members may be read. */
@Collector(name = "broken_reading")
public class BrokenReading {

  /** How many times a member ran. */
  static final AtomicInteger MEMBER_CALLS = new AtomicInteger();

  @Reading
  static String read() throws IOException {
    throw new IOException("/nonexistent/stat not found");
  }

  @Gauge(help = "The length of what was read.")
  static int readLength(String stat) {
    MEMBER_CALLS.incrementAndGet();
    return stat.length();
  }

  @Gauge(help = "A member without a parameter, not read either.")
  static double unread() {
    MEMBER_CALLS.incrementAndGet();
    return 1;
  }
}
