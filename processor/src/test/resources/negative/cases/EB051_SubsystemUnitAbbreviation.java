package cases;

import dev.exporterbuilder.annotations.Collector;
import dev.exporterbuilder.annotations.Counter;
import dev.exporterbuilder.annotations.Exporter;
import dev.exporterbuilder.annotations.Gauge;

@Exporter(name = "api", port = 9879)
@Collector(
    subsystem = "sec") // error: [EB051] subsystem "sec" puts the abbreviated unit "sec" into the exposed name api_sec_requests_total; remove it, and where it is the metric's unit set unit = "seconds", converting the value if needed; or keep it with @SuppressWarnings("exporter-builder:unit-abbreviation")
class SubsystemUnitAbbreviation {
  @Counter(help = "Requests served.")
  long requests;

  @Gauge(help = "Requests in flight.")
  int inFlight;
}
