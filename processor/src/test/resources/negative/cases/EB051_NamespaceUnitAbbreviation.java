package cases;

import dev.exporterbuilder.annotations.Exporter;
import dev.exporterbuilder.annotations.Gauge;

@Exporter(
    name = "request-sec", // error: [EB051] namespace "request_sec" puts the abbreviated unit "sec" into the exposed name request_sec_queue_depth; remove it, and where it is the metric's unit set unit = "seconds", converting the value if needed; or keep it with @SuppressWarnings("exporter-builder:unit-abbreviation")
    port = 9103)
class NamespaceUnitAbbreviation {
  @Gauge(help = "Requests waiting.")
  int queueDepth;
}
