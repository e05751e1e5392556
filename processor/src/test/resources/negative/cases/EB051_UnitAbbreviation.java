package cases;

import dev.exporterbuilder.annotations.Collector;
import dev.exporterbuilder.annotations.Gauge;

@Collector
class UnitAbbreviation {
  @Gauge(
      name = "throughput",
      help = "Bytes written per second, averaged over a minute.",
      unit = "bytes_per_sec") // error: [EB051] unit "bytes_per_sec" puts the abbreviated unit "sec" into the exposed name throughput_bytes_per_sec; remove it, and where it is the metric's unit set unit = "seconds", converting the value if needed; or keep it with @SuppressWarnings("exporter-builder:unit-abbreviation")
  double throughput;

  @Gauge(
      name = "memory",
      help = "Memory the instance may use.",
      unit = "limit_mb") // error: [EB051] unit "limit_mb" puts the abbreviated unit "mb" into the exposed name memory_limit_mb; remove it, and where it is the metric's unit set unit = "bytes", converting the value if needed; or keep it with @SuppressWarnings("exporter-builder:unit-abbreviation")
  long memoryLimit;
}
