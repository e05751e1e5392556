// promlint: TestLintUnitAbbreviations "request_duration_d with abbreviated unit"
// promlint says: request_duration_d metric names should not contain abbreviated units
// verdict: agrees
package cases;

import dev.exporterbuilder.annotations.Exporter;
import dev.exporterbuilder.annotations.Gauge;

@Exporter(name = "request", port = 19100)
class RequestDurationD {
  @Gauge(
      name = "duration_d", // error: [EB051] metric name "duration_d" puts the abbreviated unit "d" into the exposed name request_duration_d; remove it, and where it is the metric's unit set unit = "seconds", converting the value if needed; or keep it with @SuppressWarnings("exporter-builder:unit-abbreviation")
      help = "Test metric.")
  double value;
}
