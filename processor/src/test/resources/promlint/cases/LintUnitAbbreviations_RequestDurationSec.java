// promlint: TestLintUnitAbbreviations "request_duration_sec with abbreviated unit"
// promlint says: request_duration_sec metric names should not contain abbreviated units
// verdict: agrees
package cases;

import dev.exporterbuilder.annotations.Exporter;
import dev.exporterbuilder.annotations.Gauge;

@Exporter(name = "request", port = 19100)
class RequestDurationSec {
  @Gauge(
      name = "duration_sec", // error: [EB051] metric name "duration_sec" puts the abbreviated unit "sec" into the exposed name request_duration_sec; remove it, and where it is the metric's unit set unit = "seconds", converting the value if needed; or keep it with @SuppressWarnings("exporter-builder:unit-abbreviation")
      help = "Test metric.")
  double value;
}
