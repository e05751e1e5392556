package dev.exporterbuilder.it;

import dev.exporterbuilder.annotations.Collector;
import dev.exporterbuilder.annotations.Counter;
import dev.exporterbuilder.annotations.Exporter;
import dev.exporterbuilder.annotations.Gauge;
import dev.exporterbuilder.annotations.Label;
import dev.exporterbuilder.annotations.Untyped;
import java.util.List;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * Names a port keeps from an older exporter (postgres_exporter's): untyped families without
 * {@code _total}, and gauges whose names end with {@code _count}, kept with the rule's switch, one of
 * them named from data; and what members return for "no value" (NULL columns).
 */
@Exporter(name = "pg-legacy", namespace = "pg", port = 19312, collectors = {LegacyExporter.Locks.class,
    LegacyExporter.NoValues.class, LegacyExporter.Settings.class})
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
  List<Version> version() {
    return List.of(new Version("PostgreSQL 15.8", 1));
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

  /** Families named from data keep legacy suffixes too: pg_settings_tcp_keepalives_count. */
  @Collector(subsystem = "settings")
  public static class Settings {

    @SuppressWarnings("exporter-builder:reserved-suffix")
    @Gauge(name = "{key}", help = "Server Parameter: {key}.")
    Map<String, Double> settings() {
      return Map.of("tcp_keepalives_count", 9.0, "max_connections", 100.0);
    }

    /** Without the switch: the key with a reserved suffix is dropped, the rest served. */
    @Gauge(name = "plain_{key}", help = "Server Parameter: {key}.")
    Map<String, Double> plain() {
      return Map.of("tcp_keepalives_count", 9.0, "max_connections", 100.0);
    }
  }

  /** NULL columns: what each shape does with a missing value. */
  @Collector(subsystem = "nulls")
  public static class NoValues {

    /** One row with a NULL column. */
    public record Row(@Label("datname") String name, OptionalDouble seconds) {}

    @Gauge(help = "A NULL map value.", labels = "datname")
    Map<String, Double> sizes() {
      Map<String, Double> sizes = new HashMap<>();
      sizes.put("postgres", 8.0);
      sizes.put("template0", null);
      return sizes;
    }

    @Gauge(help = "A NULL record value.", unit = "seconds")
    List<Row> ages() {
      return List.of(new Row("postgres", OptionalDouble.of(2)), new Row("template0", OptionalDouble.empty()));
    }

    @Counter(help = "A NULL column read as NaN into a counter.", labels = "datname")
    Map<String, Double> deadlocks() {
      return Map.of("postgres", 1.0, "template0", Double.NaN);
    }

    @Counter(help = "A NULL column returned as an empty optional.")
    OptionalDouble conflicts() {
      return OptionalDouble.empty();
    }
  }
}
