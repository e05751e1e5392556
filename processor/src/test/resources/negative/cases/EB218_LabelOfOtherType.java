package cases;

import dev.exporterbuilder.annotations.Collector;
import dev.exporterbuilder.annotations.Gauge;

@Collector
class LabelOfOtherType {
  @Gauge(
      help = "Water level.",
      labels = "le") // error: [EB218] label "le" is reserved for the buckets of histograms, though this metric is a gauge; choose another name, unless it is a legacy one that dashboards query; or keep it with @SuppressWarnings("exporter-builder:reserved-label") // error: [EB048] labels are only allowed on members that return one sample per entry; level returns a single value, so remove labels
  double level;
}
