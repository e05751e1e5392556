package cases;

import dev.exporterbuilder.annotations.Collector;
import dev.exporterbuilder.annotations.Counter;
import dev.exporterbuilder.annotations.Gauge;

@Collector
class MetricNameReservedSuffix {
  @Counter(
      name = "requests_total", // error: [EB042] metric name "requests_total" ends with "_total", which the exposition format adds itself; write "requests"
      help = "Requests served.")
  long requests;
}
