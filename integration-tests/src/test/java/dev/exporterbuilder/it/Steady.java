package dev.exporterbuilder.it;

import dev.exporterbuilder.annotations.Collector;
import dev.exporterbuilder.annotations.Gauge;

/** A collector that never fails, beside {@link Switched}: its CollectorFailing alert must stay quiet. */
@Collector(name = "steady")
public class Steady {

  @Gauge(help = "A reading that is always there.")
  double level() {
    return 2;
  }
}
