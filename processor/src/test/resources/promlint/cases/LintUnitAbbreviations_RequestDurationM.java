// promlint: TestLintUnitAbbreviations "request_duration_m with abbreviated unit"
// promlint says: request_duration_m metric names should not contain abbreviated units
// verdict: agrees
package cases;

import dev.exporterbuilder.annotations.Exporter;
import dev.exporterbuilder.annotations.Gauge;

@Exporter(name = "request", port = 19100)
class RequestDurationM {
  @Gauge(
      name = "duration_m", // error: [EB051] metric name "duration_m" puts the abbreviated unit "m" into the exposed name request_duration_m; remove it, and where it is the metric's unit set unit = "meters", converting the value if needed; or keep it with @SuppressWarnings("exporter-builder:unit-abbreviation")
      help = "Test metric.")
  double value;
}
