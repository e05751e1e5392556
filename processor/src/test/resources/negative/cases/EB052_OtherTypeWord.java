package cases;

import dev.exporterbuilder.annotations.Collector;
import dev.exporterbuilder.annotations.Gauge;

@Collector
class OtherTypeWord {
  @Gauge(
      name = "requests_counter", // error: [EB052] metric name "requests_counter" puts the type "counter" into the exposed name requests_counter (promlint flags only the metric's own type; this check is stricter); the TYPE line already says it, so leave it out; or keep it with @SuppressWarnings("exporter-builder:type-in-name")
      help = "Requests served so far, as the device reports them.")
  double requests;
}
