package cases;

import dev.exporterbuilder.annotations.Collector;
import dev.exporterbuilder.annotations.Gauge;

@Collector
class LabelTargetLike {
  @Gauge(
      help = "Water level.",
      labels = "instance") // error: [EB048] labels are only allowed on members that return one sample per entry; level returns a single value, so remove labels // warning: [EB073] label "instance" is attached by Prometheus to every series of a target, so yours would be renamed exported_instance; leave it to Prometheus's target labels and relabeling (promlint has no such rule; this check is stricter); or keep it with @SuppressWarnings("exporter-builder:target-label")
  double level;
}
