package cases;

import dev.exporterbuilder.annotations.Collector;
import dev.exporterbuilder.annotations.Counter;
import dev.exporterbuilder.annotations.Gauge;

@Collector
class MetricNameInvalid {
  @Gauge(
      name = "pump-speed", // error: [EB040] metric name "pump-speed" is not a valid Prometheus name ([a-zA-Z_:][a-zA-Z0-9_:]*, no leading "__"); write something like "pump_speed"
      help = "Pump speed.")
  double speed;
}
