// promlint: TestLintUnitAbbreviations "request_sec_duration with abbreviated unit"
// promlint says: request_sec_duration metric names should not contain abbreviated units
// verdict: agrees
package cases;

import dev.exporterbuilder.annotations.Exporter;
import dev.exporterbuilder.annotations.Gauge;

@Exporter(name = "request", port = 19100)
class RequestSecDuration {
  @Gauge(
      name = "sec_duration", // error: [EB051] metric name "sec_duration" puts the abbreviated unit "sec" into the exposed name request_sec_duration; remove it, and where it is the metric's unit set unit = "seconds", converting the value if needed; or keep it with @SuppressWarnings("exporter-builder:unit-abbreviation")
      help = "Test metric.")
  double value;
}
