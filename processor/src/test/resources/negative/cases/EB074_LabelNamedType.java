package cases;

import dev.exporterbuilder.annotations.Collector;
import dev.exporterbuilder.annotations.Gauge;

@Collector
class LabelNamedType {
  @Gauge(
      help = "Water level.",
      labels = "type") // warning: [EB074] label "type" is too generic to query and join on; name what it classifies, e.g. "device_type" // error: [EB048] labels are only allowed on members that return one sample per entry; level returns a single value, so remove labels
  double level;
}
