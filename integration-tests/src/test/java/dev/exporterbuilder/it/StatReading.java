package dev.exporterbuilder.it;

import dev.exporterbuilder.annotations.Collector;
import dev.exporterbuilder.annotations.Counter;
import dev.exporterbuilder.annotations.Gauge;
import dev.exporterbuilder.annotations.Reading;
import java.util.concurrent.atomic.AtomicInteger;

/** Three members that receive the run's reading, whose number they expose, and one that does not. */
@Collector(name = "stat")
public class StatReading {

  /** How many times {@link #read()} ran. */
  static final AtomicInteger READS = new AtomicInteger();

  record Snapshot(int sequence) {}

  @Reading
  Snapshot read() {
    return new Snapshot(READS.incrementAndGet());
  }

  @Gauge(help = "The number of the reading the first member received.")
  static int firstSequence(Snapshot stat) {
    return stat.sequence();
  }

  @Gauge(help = "The number of the reading the second member received.")
  int secondSequence(Snapshot stat) {
    return stat.sequence();
  }

  @Counter(help = "Readings taken, as the third member saw them.")
  long readings(Snapshot stat) {
    return stat.sequence();
  }

  @Gauge(help = "A member without a parameter, read after the reading.")
  double constant() {
    return 1;
  }
}
