package cases;

import dev.exporterbuilder.annotations.Collector;
import dev.exporterbuilder.annotations.Gauge;

@Collector(
    cache = "0s", // error: [EB026] cache = "0s" is not a positive duration; remove it to collect on every scrape, or write an interval such as "30s"
    timeout = "0") // error: [EB026] timeout = "0" is not a positive duration; remove it to bound the collector by the scrape alone, or write a limit such as "10s"
class DurationNotPositive {
  @Gauge(help = "Water level.")
  double level;
}
