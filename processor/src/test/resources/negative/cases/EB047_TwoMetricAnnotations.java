package cases;

import dev.exporterbuilder.annotations.Collector;
import dev.exporterbuilder.annotations.Counter;
import dev.exporterbuilder.annotations.Gauge;

@Collector
class TwoMetricAnnotations {
  @Gauge(help = "Water level.")
  @Counter(help = "Water level.")
  double level; // error: [EB047] a member can be one metric only; remove @Gauge or @Counter
}
