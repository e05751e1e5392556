package cases;

import dev.exporterbuilder.annotations.Collector;
import dev.exporterbuilder.annotations.Counter;
import dev.exporterbuilder.annotations.Gauge;

@Collector
class NameNonBaseUnit {
  @Gauge(
      name = "request_latency_milliseconds", // error: [EB050] metric name "request_latency_milliseconds" contains "milliseconds", which is not a base unit; use "seconds" and convert the value
      help = "Latency of the last request.")
  double latency;
}
