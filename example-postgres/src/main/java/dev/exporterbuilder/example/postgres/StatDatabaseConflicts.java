package dev.exporterbuilder.example.postgres;

import dev.exporterbuilder.annotations.Collector;
import dev.exporterbuilder.annotations.ConstLabel;
import dev.exporterbuilder.annotations.Reading;
import dev.exporterbuilder.annotations.Untyped;
import dev.exporterbuilder.example.postgres.Database.Row;
import java.sql.SQLException;
import java.util.List;

/**
 * {@code pg_stat_database_conflicts_*}: queries canceled on a standby, per database, from one read
 * of the view. postgres_exporter's counters without {@code _total}, kept {@link Untyped}.
 */
@Collector(name = "stat_database_conflicts", subsystem = "stat_database_conflicts", timeout = "5s")
public class StatDatabaseConflicts {

  @ConstLabel("server")
  static String server() {
    return PostgresExporter.database().server();
  }

  @Reading
  List<Row> read() throws SQLException {
    return PostgresExporter.database().query("SELECT * FROM pg_stat_database_conflicts");
  }

  @Untyped(name = "confl_tablespace", help = "Number of queries in this database that have been canceled due to dropped tablespaces.")
  List<DatabaseValue> conflTablespace(List<Row> rows) {
    return DatabaseValue.of(rows, "confl_tablespace");
  }

  @Untyped(name = "confl_lock", help = "Number of queries in this database that have been canceled due to lock timeouts.")
  List<DatabaseValue> conflLock(List<Row> rows) {
    return DatabaseValue.of(rows, "confl_lock");
  }

  @Untyped(name = "confl_snapshot", help = "Number of queries in this database that have been canceled due to old snapshots.")
  List<DatabaseValue> conflSnapshot(List<Row> rows) {
    return DatabaseValue.of(rows, "confl_snapshot");
  }

  @Untyped(name = "confl_bufferpin", help = "Number of queries in this database that have been canceled due to pinned buffers.")
  List<DatabaseValue> conflBufferpin(List<Row> rows) {
    return DatabaseValue.of(rows, "confl_bufferpin");
  }

  @Untyped(name = "confl_deadlock", help = "Number of queries in this database that have been canceled due to deadlocks.")
  List<DatabaseValue> conflDeadlock(List<Row> rows) {
    return DatabaseValue.of(rows, "confl_deadlock");
  }
}
