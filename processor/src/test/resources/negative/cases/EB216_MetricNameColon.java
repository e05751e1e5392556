package cases;

import dev.exporterbuilder.annotations.Collector;
import dev.exporterbuilder.annotations.Exporter;
import dev.exporterbuilder.annotations.Gauge;

@Exporter(name = "pump", port = 9877)
class MetricNameColon {
  @Gauge(
      name = "speed:rpm", // error: [EB216] metric name "speed:rpm" puts ':' into the exposed name "pump_speed:rpm"; Prometheus reserves colons for the names of recording rules, so write "speed_rpm", unless the name is a legacy one that dashboards query; or keep it with @SuppressWarnings("exporter-builder:colon")
      help = "Pump speed.")
  double speed;

  @SuppressWarnings("exporter-builder:colon")
  @Gauge(name = "flow:litres", help = "Pump flow.")
  double flow;
}
