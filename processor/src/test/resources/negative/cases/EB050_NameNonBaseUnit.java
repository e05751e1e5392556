package cases;

import dev.exporterbuilder.annotations.Collector;
import dev.exporterbuilder.annotations.Counter;
import dev.exporterbuilder.annotations.Gauge;

@Collector
class NameNonBaseUnit {
  @Gauge(
      name = "request_latency_milliseconds", // error: [EB050] metric name "request_latency_milliseconds" puts "milliseconds", which is not a base unit, into the exposed name request_latency_milliseconds; use "seconds" and convert the value; or keep it with @SuppressWarnings("exporter-builder:non-base-unit")
      help = "Latency of the last request.")
  double latency;
}
