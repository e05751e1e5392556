package cases;

import dev.exporterbuilder.annotations.Collector;
import dev.exporterbuilder.annotations.Gauge;

@Collector
class LabelNameInvalid {
  @Gauge(
      help = "Water level.",
      labels = "tank-name") // error: [EB070] label name "tank-name" is not a valid Prometheus label name ([a-zA-Z_][a-zA-Z0-9_]*, no leading "__"); write something like "tank_name" // error: [EB048] labels are only allowed on members that return one sample per entry; level returns a single value, so remove labels
  double level;
}
