package cases;

import dev.exporterbuilder.annotations.Collector;
import dev.exporterbuilder.annotations.Gauge;

@Collector
class LabelNameCamelCase {
  @Gauge(
      help = "Water level.",
      labels = "tankName") // error: [EB071] label name "tankName" is camelCase; write "tank_name"; or keep it with @SuppressWarnings("exporter-builder:camel-case") // error: [EB048] labels are only allowed on members that return one sample per entry; level returns a single value, so remove labels
  double level;
}
