package cases;

import dev.exporterbuilder.annotations.Collector;
import dev.exporterbuilder.annotations.Gauge;

@Collector
class NotSwitchable {

  @SuppressWarnings("exporter-builder:member-private")
  @Gauge(help = "Messages waiting.")
  private int depth;
}
