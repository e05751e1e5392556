package cases;

import dev.exporterbuilder.annotations.Collector;
import dev.exporterbuilder.annotations.Counter;
import dev.exporterbuilder.annotations.Gauge;

@Collector
class NameReservedPrefix {
  @Gauge(
      name = "process_threads", // warning: [EB053] metric name "process_threads" starts with "process_", which client libraries use for the metrics of the process itself; choose another first word (promlint has no such rule; this check is stricter); or keep it with @SuppressWarnings("exporter-builder:reserved-prefix")
      help = "Worker threads.")
  int threads;
}
