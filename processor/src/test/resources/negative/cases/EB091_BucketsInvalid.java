package cases;

import dev.exporterbuilder.annotations.Collector;
import dev.exporterbuilder.annotations.Histogram;

@Collector
class BucketsInvalid {
  @Histogram(
      help = "Request latency.",
      unit = "seconds",
      buckets = {0.5, 0.1, 1}) // error: [EB091] buckets [0.5, 0.1, 1.0] are not finite and strictly ascending; write upper bounds such as {0.1, 0.5, 1, 5}
  io.prometheus.metrics.core.metrics.Histogram latency;
}
