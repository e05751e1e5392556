package cases;

import dev.exporterbuilder.annotations.Gauge;

class MetricOutsideCollector {
  @Gauge(help = "Water level.")
  double level; // error: [EB064] level is in MetricOutsideCollector, which is neither an @Exporter nor a @Collector; annotate the class with @Collector
}
