package cases;

import dev.exporterbuilder.annotations.Collector;
import dev.exporterbuilder.annotations.Counter;
import dev.exporterbuilder.annotations.Gauge;

@Collector
class MetricNameReservedSuffix {
  @Counter(
      name = "requests_total", // error: [EB042] metric name "requests_total" ends with "_total", which client_java adds itself to the samples of a counter, so it would write "requests_total_total"; write name = "requests"
      help = "Requests served.")
  long requests;
}
