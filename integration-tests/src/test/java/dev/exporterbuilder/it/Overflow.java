package dev.exporterbuilder.it;

import dev.exporterbuilder.annotations.Collector;
import dev.exporterbuilder.annotations.Gauge;

/**
 * A member that overflows the stack before a member that works: a {@link StackOverflowError} is not
 * contained like a member's exception, it ends the collector's run.
 */
@Collector(enabledByDefault = false)
public class Overflow {

  @Gauge(help = "A reading computed by a recursion that never ends.")
  double runaway() {
    return depth(0);
  }

  @Gauge(help = "A reading read after the runaway one.")
  double afterRunaway() {
    return 2.5;
  }

  private static double depth(long level) {
    return depth(level + 1) + 1;
  }
}
