package dev.exporterbuilder.it;

import dev.exporterbuilder.annotations.Collector;
import dev.exporterbuilder.annotations.Gauge;
import java.util.concurrent.atomic.AtomicInteger;

/** A collector whose backend never answers, bounded by its timeout. */
@Collector(timeout = "1s", enabledByDefault = false)
public class Stalled {

  static final AtomicInteger CALLS = new AtomicInteger();

  /** Hangs until the exporter shuts down, which interrupts it. */
  @Gauge(help = "A reading that never arrives.")
  static double stalledReading() throws InterruptedException {
    CALLS.incrementAndGet();
    Thread.sleep(120_000);
    return 1;
  }
}
