package dev.exporterbuilder.it;

import dev.exporterbuilder.annotations.Collector;
import dev.exporterbuilder.annotations.Gauge;

/** A collector that never returns and has no timeout of its own: only the scrape's timeout bounds it. */
@Collector(enabledByDefault = false)
public class Hung {

  @Gauge(help = "A reading that never arrives.")
  static double hungReading() throws InterruptedException {
    Thread.sleep(Long.MAX_VALUE);
    return 0;
  }
}
