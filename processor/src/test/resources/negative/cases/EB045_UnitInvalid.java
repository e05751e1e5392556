package cases;

import dev.exporterbuilder.annotations.Collector;
import dev.exporterbuilder.annotations.Gauge;

@Collector
class UnitInvalid {
  @Gauge(
      help = "Transfer rate.",
      unit = "bytes/s") // error: [EB045] unit "bytes/s" (exposed as "rate_bytes/s") is not a snake_case word; write a base unit such as "seconds", "bytes", "celsius" or "ratio"
  double rate;
}
