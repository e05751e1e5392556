package dev.exporterbuilder.it;

import dev.exporterbuilder.annotations.Collector;
import dev.exporterbuilder.annotations.Gauge;
import java.util.concurrent.atomic.AtomicInteger;

/** A cached collector: read in the background every 500ms, never by a scrape. */
@Collector(cache = "500ms", enabledByDefault = false)
public class Inventory {

  static final AtomicInteger READS = new AtomicInteger();

  @Gauge(help = "Times the inventory was read.")
  static int inventoryReads() {
    return READS.incrementAndGet();
  }
}
