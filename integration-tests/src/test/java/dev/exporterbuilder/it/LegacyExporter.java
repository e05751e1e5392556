package dev.exporterbuilder.it;

import dev.exporterbuilder.annotations.Collector;
import dev.exporterbuilder.annotations.Exporter;
import dev.exporterbuilder.annotations.Gauge;
import dev.exporterbuilder.annotations.Label;
import dev.exporterbuilder.annotations.Untyped;
import java.util.List;
import java.util.Map;

/**
 * Names a port keeps from an older exporter (postgres_exporter's): untyped families without
 * {@code _total}, and a gauge whose name ends with {@code _count}, kept with its switch.
 */
@Exporter(name = "pg-legacy", namespace = "pg", port = 19312, collectors = LegacyExporter.Locks.class)
public class LegacyExporter {

  /** One row of pg_stat_database. */
  public record Database(@Label("datname") String name, long commits) {}

  /** A version label with the constant value 1, as postgres_exporter's pg_static. */
  public record Version(@Label("version") String version, double value) {}

  @Untyped(name = "stat_database_xact_commit", help = "Number of transactions in this database that have been committed")
  List<Database> commits() {
    return List.of(new Database("postgres", 12), new Database("app", 7));
  }

  @Untyped(name = "static", help = "Version string as reported by postgres")
  Version version() {
    return new Version("PostgreSQL 15.8", 1);
  }

  @Untyped(name = "stat_database_blk_read_time", help = "Time spent reading data file blocks, NULL in the database")
  double blockReadTime = Double.NaN;

  @Untyped(name = "stat_database_conflicts", help = "Queries canceled due to conflicts, per database", labels = "datname")
  Map<String, Long> conflicts() {
    return Map.of("postgres", 0L, "app", 3L);
  }

  /** The legacy name pg_locks_count, kept: a gauge ending with _count. */
  @Collector(subsystem = "locks")
  public static class Locks {

    @SuppressWarnings("exporter-builder:reserved-suffix")
    @Gauge(help = "Number of locks", labels = "mode")
    Map<String, Long> count() {
      return Map.of("accessexclusivelock", 1L, "rowsharelock", 4L);
    }
  }
}
