// promlint: TestLintUnitAbbreviations "request_duration_s with abbreviated unit"
// promlint says: request_duration_s metric names should not contain abbreviated units
// verdict: agrees
package cases;

import dev.exporterbuilder.annotations.Exporter;
import dev.exporterbuilder.annotations.Gauge;

@Exporter(name = "request", port = 19100)
class RequestDurationS {
  @Gauge(
      name = "duration_s", // error: [EB051] metric name "duration_s" puts the abbreviated unit "s" into the exposed name request_duration_s; remove it, and where it is the metric's unit set unit = "seconds", converting the value if needed; or keep it with @SuppressWarnings("exporter-builder:unit-abbreviation")
      help = "Test metric.")
  double value;
}
