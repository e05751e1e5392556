package dev.exporterbuilder.it;

import dev.exporterbuilder.annotations.Collector;
import dev.exporterbuilder.annotations.Counter;
import dev.exporterbuilder.annotations.Flag;
import dev.exporterbuilder.annotations.Gauge;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.concurrent.atomic.LongAdder;

/** Every flag type and the common member shapes; values echo the flags so tests can see them applied. */
@Collector(subsystem = "queue")
public class Queues {

  enum Mode { FAST, SAFE }

  @Flag(help = "Depth reported for the orders queue.")
  int ordersDepth = 7;

  @Flag(help = "Factor applied to the fill ratio.")
  double scale = 1.0;

  @Flag(help = "How often the broker is polled.")
  Duration pollInterval = Duration.ofSeconds(15);

  @Flag(help = "Delivery mode.")
  Mode mode = Mode.FAST;

  @Flag(help = "Queue tags; repeat the flag.")
  List<String> tags = List.of();

  @Flag(help = "Report the broker as paused.")
  boolean paused;

  @Flag(help = "Spool directory.")
  Path spool = Path.of("/var/spool/broker");

  @Flag(help = "Oldest message age to report, in seconds; 0 for none.")
  Long oldest = 0L;

  @Counter(help = "Messages consumed.")
  final LongAdder consumed = new LongAdder();

  Queues() {
    consumed.add(42);
  }

  @Gauge(help = "Messages waiting in the orders queue.")
  int getOrdersDepth() {
    return ordersDepth;
  }

  @Gauge(help = "How often the broker is polled.", unit = "seconds")
  double pollInterval() {
    return pollInterval.toMillis() / 1000.0;
  }

  @Gauge(help = "Delivery mode: 0 fast, 1 safe.")
  int mode() {
    return mode.ordinal();
  }

  @Gauge(name = "tags", help = "Number of queue tags.")
  int tags() {
    return tags.size();
  }

  @Gauge(help = "Whether the broker is paused.")
  boolean isPaused() {
    return paused;
  }

  @Gauge(help = "Depth of the spool directory path.")
  int spoolDepth() {
    return spool.getNameCount();
  }

  @Gauge(help = "How full the queue is.", unit = "ratio")
  OptionalDouble fillRatio() {
    return OptionalDouble.of(0.25 * scale);
  }

  @Gauge(name = "oldest_message_age", help = "Age of the oldest message.", unit = "seconds")
  OptionalLong oldestAge() {
    return oldest == 0 ? OptionalLong.empty() : OptionalLong.of(oldest);
  }
}
