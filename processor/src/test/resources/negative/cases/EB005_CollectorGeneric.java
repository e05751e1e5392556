package cases;

import dev.exporterbuilder.annotations.Collector;
import dev.exporterbuilder.annotations.Gauge;

@Collector // error: [EB005] @Collector is only allowed on a top-level or static nested class that is not abstract, private or generic; CollectorGeneric is generic
class CollectorGeneric<T> {
  @Gauge(help = "Water level.")
  double level;
}
