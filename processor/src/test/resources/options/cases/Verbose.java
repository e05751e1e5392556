package cases;

import dev.exporterbuilder.annotations.Collector;
import dev.exporterbuilder.annotations.Counter;
import dev.exporterbuilder.annotations.Exporter;
import dev.exporterbuilder.annotations.Gauge;

@Exporter(name = "pump", port = 9877, collectors = Verbose.class)
class VerboseExporter {}

@Collector(subsystem = "queue")
class Verbose {

  @Gauge(help = "Messages waiting.")
  int getDepth() {
    return 0;
  }

  @Counter(help = "Time spent consuming.", unit = "seconds")
  double consumeTime;
}
