package cases;

import dev.exporterbuilder.annotations.Collector;
import dev.exporterbuilder.annotations.Gauge;
import io.prometheus.metrics.core.metrics.Counter;

@Collector
class InstrumentTypeMismatch {
  @Gauge(help = "Requests served.")
  Counter requests; // error: [EB058] requests holds a client_java Counter; annotate it @Counter
}
