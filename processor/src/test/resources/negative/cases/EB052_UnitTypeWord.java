package cases;

import dev.exporterbuilder.annotations.Collector;
import dev.exporterbuilder.annotations.Gauge;

@Collector
class UnitTypeWord {
  @Gauge(
      help = "Water level.",
      unit = "gauge") // error: [EB052] unit "gauge" puts the type "gauge" into the exposed name level_gauge; the TYPE line already says it, so leave it out; or keep it with @SuppressWarnings("exporter-builder:type-in-name")
  double level;
}
