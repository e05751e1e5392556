// promlint: TestLintUnitAbbreviations "request_duration_us with abbreviated unit"
// promlint says: request_duration_us metric names should not contain abbreviated units
// verdict: agrees
package cases;

import dev.exporterbuilder.annotations.Exporter;
import dev.exporterbuilder.annotations.Gauge;

@Exporter(name = "request", port = 19100)
class RequestDurationUs {
  @Gauge(
      name = "duration_us", // error: [EB051] metric name "duration_us" puts the abbreviated unit "us" into the exposed name request_duration_us; remove it, and where it is the metric's unit set unit = "seconds", converting the value if needed; or keep it with @SuppressWarnings("exporter-builder:unit-abbreviation")
      help = "Test metric.")
  double value;
}
