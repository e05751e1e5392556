package cases;

import dev.exporterbuilder.annotations.Collector;
import dev.exporterbuilder.annotations.Exporter;
import dev.exporterbuilder.annotations.Gauge;

@Exporter(name = "pump", port = 9877, collectors = Tank.class)
class CollectorNamespaceConflict {}

@Exporter(
    name = "well",
    port = 9878,
    collectors = Tank.class) // error: [EB009] collector Tank is served by exporters with namespaces "pump" and "well"; a collector's metric names are fixed at compile time, so give the exporters one namespace
class OtherExporter {}

@Collector
class Tank {
  @Gauge(help = "Water level.")
  double level;
}
