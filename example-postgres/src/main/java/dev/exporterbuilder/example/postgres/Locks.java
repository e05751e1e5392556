package dev.exporterbuilder.example.postgres;

import dev.exporterbuilder.annotations.Collector;
import dev.exporterbuilder.annotations.ConstLabel;
import dev.exporterbuilder.annotations.Gauge;
import dev.exporterbuilder.annotations.Label;
import dev.exporterbuilder.example.postgres.Database.Row;
import java.sql.SQLException;
import java.util.List;

/**
 * {@code pg_locks_count}: the locks held per database and lock mode, every mode listed for every
 * database (0 when none is held), as postgres_exporter's query lists them.
 */
@Collector(name = "locks", subsystem = "locks", timeout = "5s")
public class Locks {

  /** The lock modes postgres_exporter lists, lower case as in its labels. */
  private static final String QUERY = """
      SELECT pg_database.datname, tmp.mode, COALESCE(count, 0) AS count
      FROM (VALUES ('accesssharelock'), ('rowsharelock'), ('rowexclusivelock'), ('shareupdateexclusivelock'),
                   ('sharelock'), ('sharerowexclusivelock'), ('exclusivelock'), ('accessexclusivelock'),
                   ('sireadlock')) AS tmp(mode)
      CROSS JOIN pg_database
      LEFT JOIN (SELECT database, lower(mode) AS mode, count(*) AS count
                 FROM pg_locks WHERE database IS NOT NULL
                 GROUP BY database, lower(mode)) AS tmp2
        ON tmp.mode = tmp2.mode AND pg_database.oid = tmp2.database
      ORDER BY 1""";

  record LockCount(@Label String datname, @Label String mode, long count) {}

  @ConstLabel("server")
  static String server() {
    return PostgresExporter.database().server();
  }

  /** A gauge named {@code _count}: the name dashboards query, kept with the switch although it reads like a summary's. */
  @SuppressWarnings("exporter-builder:reserved-suffix")
  @Gauge(name = "count", help = "Number of locks")
  List<LockCount> count() throws SQLException {
    return PostgresExporter.database().query(QUERY).stream()
        .map(row -> new LockCount(Database.toLabel(row.get("datname")), Database.toLabel(row.get("mode")),
            ((Number) row.get("count")).longValue()))
        .toList();
  }
}
