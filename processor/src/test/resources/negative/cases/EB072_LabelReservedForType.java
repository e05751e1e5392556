package cases;

import dev.exporterbuilder.annotations.Collector;
import dev.exporterbuilder.annotations.Gauge;

@Collector
class LabelReservedForType {
  @Gauge(
      help = "Water level.",
      labels = "le") // error: [EB072] label "le" is reserved for the buckets of histograms; choose another name // error: [EB048] labels are only allowed on members that return one sample per entry; level returns a single value, so remove labels
  double level;
}
