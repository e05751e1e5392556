package cases;

import dev.exporterbuilder.annotations.Collector;
import dev.exporterbuilder.annotations.Counter;
import dev.exporterbuilder.annotations.Gauge;

@Collector
class TimestampNotGauge {
  @Counter(
      name = "last_run_timestamp", // error: [EB054] metric name "last_run_timestamp" (exposed as "last_run_timestamp_seconds_total") ends with "_timestamp_seconds", which only gauges may; use @Gauge or another name (promlint has no such rule; this check is stricter); or keep it with @SuppressWarnings("exporter-builder:timestamp-gauge")
      help = "When the last run ended.",
      unit = "seconds")
  double lastRun;
}
