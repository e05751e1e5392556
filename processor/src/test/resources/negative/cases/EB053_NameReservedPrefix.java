package cases;

import dev.exporterbuilder.annotations.Collector;
import dev.exporterbuilder.annotations.Counter;
import dev.exporterbuilder.annotations.Gauge;

@Collector
class NameReservedPrefix {
  @Gauge(
      name = "process_threads", // warning: [EB053] metric name "process_threads" starts with "process_", which client libraries use for the metrics of the process itself; choose another first word
      help = "Worker threads.")
  int threads;
}
