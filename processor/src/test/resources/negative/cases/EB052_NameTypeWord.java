package cases;

import dev.exporterbuilder.annotations.Collector;
import dev.exporterbuilder.annotations.Counter;
import dev.exporterbuilder.annotations.Gauge;

@Collector
class NameTypeWord {
  @Counter(
      name = "requests_counter", // error: [EB052] metric name "requests_counter" puts the type "counter" into the exposed name requests_counter_total; the TYPE line already says it, so leave it out; or keep it with @SuppressWarnings("exporter-builder:type-in-name")
      help = "Requests served.")
  long requests;
}
