package cases;

import dev.exporterbuilder.annotations.Collector;
import dev.exporterbuilder.annotations.Counter;
import dev.exporterbuilder.annotations.Gauge;

@Collector
class DerivedNameReservedSuffix {
  @Gauge(help = "Bytes in the queue.") // error: [EB042] metric name "queue_sum" (from getQueueSum()) ends with "_sum", which Prometheus reserves for the series of histograms and summaries; write name = "queue" or another name
  long getQueueSum() {
    return 0;
  }
}
