package cases;

import dev.exporterbuilder.annotations.Collector;
import dev.exporterbuilder.annotations.Exporter;
import dev.exporterbuilder.annotations.Gauge;

@Exporter(name = "db", port = 9878, collectors = Tank.class,
    timeout = "5s") // error: [EB246] @Exporter(timeout = "5s") applies to the exporter class's own metric members, and ExporterTimingWithoutMetrics has none; remove it, or set @Collector(timeout) on the collector it is meant for
class ExporterTimingWithoutMetrics {}

@Collector
class Tank {
  @Gauge(help = "Water level.")
  double level;
}
