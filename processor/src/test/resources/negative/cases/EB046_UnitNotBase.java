package cases;

import dev.exporterbuilder.annotations.Collector;
import dev.exporterbuilder.annotations.Counter;
import dev.exporterbuilder.annotations.Gauge;

@Collector
class UnitNotBase {
  @Gauge(
      help = "Request latency.",
      unit = "milliseconds") // error: [EB046] unit "milliseconds" (exposed as "latency_milliseconds") is not a base unit; write "seconds" and convert the value; or keep it with @SuppressWarnings("exporter-builder:non-base-unit")
  double latency;
}
