package cases;

import dev.exporterbuilder.annotations.Collector;
import dev.exporterbuilder.annotations.Flag;
import dev.exporterbuilder.annotations.Gauge;

@Collector
class FlagOfUnservedCollector {
  @Flag(help = "Tank number.") // warning: [EB088] @Flag field tank is in collector flag_of_unserved_collector, which no @Exporter in this compilation serves; the flag has no effect; or keep it with @SuppressWarnings("exporter-builder:unserved-flag")
  int tank = 1;

  @Gauge(help = "Water level.")
  double level;
}
