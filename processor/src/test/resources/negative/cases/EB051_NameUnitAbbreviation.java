package cases;

import dev.exporterbuilder.annotations.Collector;
import dev.exporterbuilder.annotations.Counter;
import dev.exporterbuilder.annotations.Gauge;

@Collector
class NameUnitAbbreviation {
  @Gauge(
      name = "latency_ms", // error: [EB051] metric name "latency_ms" puts the abbreviated unit "ms" into the exposed name latency_ms; remove it, and where it is the metric's unit set unit = "seconds", converting the value if needed; or keep it with @SuppressWarnings("exporter-builder:unit-abbreviation")
      help = "Latency of the last request.")
  double latency;
}
