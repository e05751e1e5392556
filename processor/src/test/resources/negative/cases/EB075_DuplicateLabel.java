package cases;

import dev.exporterbuilder.annotations.Collector;
import dev.exporterbuilder.annotations.Gauge;

@Collector
class DuplicateLabel {
  @Gauge(
      help = "Water level.",
      labels = {"tank", "tank"}) // error: [EB075] label "tank" is listed twice; list it once // error: [EB048] labels are only allowed on members that return one sample per entry; level returns a single value, so remove labels
  double level;
}
