package dev.exporterbuilder.it;

import dev.exporterbuilder.annotations.Collector;
import dev.exporterbuilder.annotations.Gauge;
import dev.exporterbuilder.annotations.Reading;
import java.util.concurrent.atomic.AtomicInteger;

/** A cached collector with a reading: it reads once per refresh, however many scrapes are served. */
@Collector(name = "cached_stat", cache = "1h")
public class CachedReading {

  /** How many times {@link #read()} ran. */
  static final AtomicInteger READS = new AtomicInteger();

  @Reading
  static int read() {
    return READS.incrementAndGet();
  }

  @Gauge(help = "The number of the reading served.")
  static long cachedSequence(long sequence) {
    return sequence;
  }

  @Gauge(help = "The same number, from a second member.")
  static double cachedSequenceAgain(Number sequence) {
    return sequence.doubleValue();
  }
}
