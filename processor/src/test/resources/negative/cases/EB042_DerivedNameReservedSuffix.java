package cases;

import dev.exporterbuilder.annotations.Collector;
import dev.exporterbuilder.annotations.Counter;
import dev.exporterbuilder.annotations.Gauge;

@Collector
class DerivedNameReservedSuffix {
  @Gauge(help = "Bytes in the queue.") // error: [EB042] metric name "queue_sum" ends with "_sum", which the exposition format adds itself; write "queue"
  long getQueueSum() {
    return 0;
  }
}
