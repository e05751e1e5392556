package dev.exporterbuilder.it;

import dev.exporterbuilder.annotations.Collector;
import dev.exporterbuilder.annotations.Gauge;

/** Off unless --collector.extras is given. */
@Collector(enabledByDefault = false)
public class Extras {

  @Gauge(help = "Only served with --collector.extras.")
  double extra() {
    return 9;
  }
}
