package cases;

import dev.exporterbuilder.annotations.Collector;
import dev.exporterbuilder.annotations.Gauge;

@Collector
class LabelNamedType {
  @Gauge(
      help = "Water level.",
      labels = "type") // error: [EB048] labels are only allowed on members that return one sample per entry; level returns a single value, so remove labels // warning: [EB074] label "type" is too generic to query and join on; name what it classifies, e.g. "device_type" (promlint has no such rule; this check is stricter); or keep it with @SuppressWarnings("exporter-builder:type-label")
  double level;
}
