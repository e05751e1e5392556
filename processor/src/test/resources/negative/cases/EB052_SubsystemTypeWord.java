package cases;

import dev.exporterbuilder.annotations.Collector;
import dev.exporterbuilder.annotations.Counter;
import dev.exporterbuilder.annotations.Exporter;

@Exporter(name = "meter", port = 9106, collectors = Readings.class)
class SubsystemTypeWord {}

@Collector(
    subsystem = "gauge") // error: [EB052] subsystem "gauge" puts the type "gauge" into the exposed name meter_gauge_readings_total (promlint flags only the metric's own type; this check is stricter); the TYPE line already says it, so leave it out; or keep it with @SuppressWarnings("exporter-builder:type-in-name")
class Readings {
  @Counter(help = "Readings taken.")
  long readings;
}
