package cases;

import dev.exporterbuilder.annotations.Collector;
import dev.exporterbuilder.annotations.Gauge;

@Collector(
    timeout = "5 seconds") // error: [EB022] timeout = "5 seconds" is not a duration: invalid duration "5 seconds": unknown unit " seconds" (use ns, us, ms, s, m, h); write Go syntax such as "30s" or "1m30s"
class DurationInvalid {
  @Gauge(help = "Water level.")
  double level;
}
