package cases;

import dev.exporterbuilder.annotations.Collector;
import dev.exporterbuilder.annotations.Counter;
import dev.exporterbuilder.annotations.Gauge;

@Collector
class NameUnitAbbreviation {
  @Gauge(
      name = "latency_ms", // error: [EB051] metric name "latency_ms" contains the abbreviated unit "ms"; drop it from the name and set unit = "seconds" instead, converting the value if needed
      help = "Latency of the last request.")
  double latency;
}
