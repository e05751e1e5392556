package cases;

import dev.exporterbuilder.annotations.Exporter;
import dev.exporterbuilder.annotations.Gauge;

@Exporter(name = "db", port = 9878,
    cache = "0s", // error: [EB026] cache = "0s" is not a positive duration; remove it to collect on every scrape, or write an interval such as "30s"
    timeout = "5 seconds") // error: [EB022] timeout = "5 seconds" is not a duration: invalid duration "5 seconds": unknown unit " seconds" (use ns, us, ms, s, m, h); write Go syntax such as "30s" or "1m30s"
class ExporterDurationInvalid {
  @Gauge(help = "Whether the database answered.")
  boolean up() {
    return true;
  }
}
