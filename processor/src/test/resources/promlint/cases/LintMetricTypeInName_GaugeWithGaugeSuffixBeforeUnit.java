// promlint: TestLintMetricTypeInName "gauge with _gauge suffix"
// promlint says: instance_memory_limit_gauge_bytes metric name should not include type 'gauge'
// verdict: agrees
// promlint's table has two cases of this name; this is instance_memory_limit_gauge_bytes
package cases;

import dev.exporterbuilder.annotations.Exporter;
import dev.exporterbuilder.annotations.Gauge;

@Exporter(name = "instance", port = 19100)
class GaugeWithGaugeSuffixBeforeUnit {
  @Gauge(
      name = "memory_limit_gauge", // error: [EB052] metric name "memory_limit_gauge" puts the type "gauge" into the exposed name instance_memory_limit_gauge_bytes; the TYPE line already says it, so leave it out; or keep it with @SuppressWarnings("exporter-builder:type-in-name")
      help = "Test metric.",
      unit = "bytes")
  double value;
}
