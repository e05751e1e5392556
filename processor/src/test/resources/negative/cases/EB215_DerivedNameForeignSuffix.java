package cases;

import dev.exporterbuilder.annotations.Collector;
import dev.exporterbuilder.annotations.Counter;
import dev.exporterbuilder.annotations.Gauge;

@Collector
class DerivedNameForeignSuffix {
  @Gauge(help = "Bytes in the queue.") // error: [EB215] metric name "queue_sum" (from getQueueSum()) ends with "_sum" (exposed as "queue_sum"), a suffix that Prometheus reserves for the series of histograms and summaries, though this metric is a gauge; write name = "queue", unless the name is a legacy one that dashboards query; or keep it with @SuppressWarnings("exporter-builder:reserved-suffix")
  long getQueueSum() {
    return 0;
  }
}
