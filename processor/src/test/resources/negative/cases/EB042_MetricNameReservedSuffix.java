package cases;

import dev.exporterbuilder.annotations.Collector;
import dev.exporterbuilder.annotations.Counter;
import dev.exporterbuilder.annotations.Gauge;

@Collector
class MetricNameReservedSuffix {
  @Counter(
      name = "requests_total", // error: [EB042] metric name "requests_total" ends with "_total", which client_java adds to counter names itself; write name = "requests" or another name
      help = "Requests served.")
  long requests;
}
