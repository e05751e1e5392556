package cases;

import dev.exporterbuilder.annotations.Collector;
import dev.exporterbuilder.annotations.Exporter;
import dev.exporterbuilder.annotations.Gauge;
import dev.exporterbuilder.annotations.Untyped;
import java.util.Map;

@Exporter(name = "pg", port = 9877, collectors = Locks.class)
class NameForeignSuffix {}

@Collector(subsystem = "locks")
class Locks {
  @Gauge(help = "Locks held, by mode.", labels = "mode") // error: [EB215] metric name "count" (from count()) ends with "_count" (exposed as "pg_locks_count"), a suffix that Prometheus reserves for the series of histograms and summaries, though this metric is a gauge; write a name saying what is measured, unless the name is a legacy one that dashboards query; or keep it with @SuppressWarnings("exporter-builder:reserved-suffix")
  Map<String, Long> count() {
    return Map.of("exclusive", 1L);
  }

  @Gauge(
      name = "waits_total", // error: [EB215] metric name "waits_total" ends with "_total" (exposed as "pg_locks_waits_total"), a suffix that marks the samples of counters, though this metric is a gauge; write name = "waits", unless the name is a legacy one that dashboards query; or keep it with @SuppressWarnings("exporter-builder:reserved-suffix")
      help = "Lock waits.")
  long waits;

  @Untyped(
      name = "held_sum", // error: [EB215] metric name "held_sum" ends with "_sum" (exposed as "pg_locks_held_sum"), a suffix that Prometheus reserves for the series of histograms and summaries, though this metric is an untyped metric; write name = "held", unless the name is a legacy one that dashboards query; or keep it with @SuppressWarnings("exporter-builder:reserved-suffix")
      help = "Locks held in total.")
  long held;

  @SuppressWarnings("exporter-builder:reserved-suffix")
  @Gauge(name = "granted_count", help = "Locks granted.")
  long granted;
}
