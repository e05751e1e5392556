package cases;

import dev.exporterbuilder.annotations.Collector;
import dev.exporterbuilder.annotations.Counter;
import dev.exporterbuilder.annotations.Gauge;

@Collector
class NameTypeWord {
  @Counter(
      name = "requests_counter", // error: [EB052] metric name "requests_counter" contains the type "counter"; the TYPE line already says it, so leave it out
      help = "Requests served.")
  long requests;
}
