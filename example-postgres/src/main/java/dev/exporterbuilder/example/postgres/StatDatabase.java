package dev.exporterbuilder.example.postgres;

import dev.exporterbuilder.annotations.Collector;
import dev.exporterbuilder.annotations.ConstLabel;
import dev.exporterbuilder.annotations.Gauge;
import dev.exporterbuilder.annotations.Reading;
import dev.exporterbuilder.annotations.Untyped;
import dev.exporterbuilder.example.postgres.Database.Row;
import java.sql.SQLException;
import java.util.List;

/**
 * {@code pg_stat_database_*}: one row of the view per database (and one for shared objects, with
 * {@code datid="0"} and an empty {@code datname}), read once per scrape by {@link #read()} and served
 * by every member, as postgres_exporter serves the view.
 *
 * <p>postgres_exporter typed sixteen of the columns as counters, but named them without
 * {@code _total} ({@code pg_stat_database_xact_commit}); the dashboards that query those names
 * keep working because they are {@link Untyped} here, which keeps a name exactly as written. The
 * columns PostgreSQL 14 added, which postgres_exporter 0.11.1 does not know and serves untyped,
 * are untyped here too. {@code NULL} (a checksum count with checksums off, a reset never done) is
 * served as {@code NaN}, as postgres_exporter serves it.
 */
@Collector(name = "stat_database", subsystem = "stat_database", timeout = "5s")
public class StatDatabase {

  @ConstLabel("server")
  static String server() {
    return PostgresExporter.database().server();
  }

  @Reading
  List<Row> read() throws SQLException {
    return PostgresExporter.database().query("SELECT * FROM pg_stat_database");
  }

  @Gauge(help = "Number of backends currently connected to this database.")
  List<DatabaseValue> numbackends(List<Row> rows) {
    return DatabaseValue.of(rows, "numbackends");
  }

  @Untyped(name = "xact_commit", help = "Number of transactions in this database that have been committed.")
  List<DatabaseValue> xactCommit(List<Row> rows) {
    return DatabaseValue.of(rows, "xact_commit");
  }

  @Untyped(name = "xact_rollback", help = "Number of transactions in this database that have been rolled back.")
  List<DatabaseValue> xactRollback(List<Row> rows) {
    return DatabaseValue.of(rows, "xact_rollback");
  }

  @Untyped(name = "blks_read", help = "Number of disk blocks read in this database.")
  List<DatabaseValue> blksRead(List<Row> rows) {
    return DatabaseValue.of(rows, "blks_read");
  }

  @Untyped(name = "blks_hit", help = "Number of times disk blocks were found already in the buffer cache.")
  List<DatabaseValue> blksHit(List<Row> rows) {
    return DatabaseValue.of(rows, "blks_hit");
  }

  @Untyped(name = "tup_returned", help = "Number of rows returned by queries in this database.")
  List<DatabaseValue> tupReturned(List<Row> rows) {
    return DatabaseValue.of(rows, "tup_returned");
  }

  @Untyped(name = "tup_fetched", help = "Number of rows fetched by queries in this database.")
  List<DatabaseValue> tupFetched(List<Row> rows) {
    return DatabaseValue.of(rows, "tup_fetched");
  }

  @Untyped(name = "tup_inserted", help = "Number of rows inserted by queries in this database.")
  List<DatabaseValue> tupInserted(List<Row> rows) {
    return DatabaseValue.of(rows, "tup_inserted");
  }

  @Untyped(name = "tup_updated", help = "Number of rows updated by queries in this database.")
  List<DatabaseValue> tupUpdated(List<Row> rows) {
    return DatabaseValue.of(rows, "tup_updated");
  }

  @Untyped(name = "tup_deleted", help = "Number of rows deleted by queries in this database.")
  List<DatabaseValue> tupDeleted(List<Row> rows) {
    return DatabaseValue.of(rows, "tup_deleted");
  }

  @Untyped(name = "conflicts", help = "Number of queries canceled due to conflicts with recovery in this database.")
  List<DatabaseValue> conflicts(List<Row> rows) {
    return DatabaseValue.of(rows, "conflicts");
  }

  @Untyped(name = "temp_files", help = "Number of temporary files created by queries in this database.")
  List<DatabaseValue> tempFiles(List<Row> rows) {
    return DatabaseValue.of(rows, "temp_files");
  }

  @Untyped(name = "temp_bytes", help = "Total amount of data written to temporary files by queries in this database.")
  List<DatabaseValue> tempBytes(List<Row> rows) {
    return DatabaseValue.of(rows, "temp_bytes");
  }

  @Untyped(name = "deadlocks", help = "Number of deadlocks detected in this database.")
  List<DatabaseValue> deadlocks(List<Row> rows) {
    return DatabaseValue.of(rows, "deadlocks");
  }

  @Untyped(name = "blk_read_time", help = "Time spent reading data file blocks by backends in this database, in milliseconds.")
  List<DatabaseValue> blkReadTime(List<Row> rows) {
    return DatabaseValue.of(rows, "blk_read_time");
  }

  @Untyped(name = "blk_write_time", help = "Time spent writing data file blocks by backends in this database, in milliseconds.")
  List<DatabaseValue> blkWriteTime(List<Row> rows) {
    return DatabaseValue.of(rows, "blk_write_time");
  }

  @Untyped(name = "stats_reset", help = "Time at which these statistics were last reset, in Unix seconds.")
  List<DatabaseValue> statsReset(List<Row> rows) {
    return DatabaseValue.of(rows, "stats_reset");
  }

  @Untyped(name = "checksum_failures", help = "Number of data page checksum failures detected in this database.")
  List<DatabaseValue> checksumFailures(List<Row> rows) {
    return DatabaseValue.of(rows, "checksum_failures");
  }

  @Untyped(name = "checksum_last_failure", help = "Time at which the last data page checksum failure was detected, in Unix seconds.")
  List<DatabaseValue> checksumLastFailure(List<Row> rows) {
    return DatabaseValue.of(rows, "checksum_last_failure");
  }

  @Untyped(name = "session_time", help = "Time spent by database sessions in this database, in milliseconds.")
  List<DatabaseValue> sessionTime(List<Row> rows) {
    return DatabaseValue.of(rows, "session_time");
  }

  @Untyped(name = "active_time", help = "Time spent executing SQL statements in this database, in milliseconds.")
  List<DatabaseValue> activeTime(List<Row> rows) {
    return DatabaseValue.of(rows, "active_time");
  }

  @Untyped(name = "idle_in_transaction_time", help = "Time spent idling while in a transaction in this database, in milliseconds.")
  List<DatabaseValue> idleInTransactionTime(List<Row> rows) {
    return DatabaseValue.of(rows, "idle_in_transaction_time");
  }

  @Untyped(name = "sessions", help = "Total number of sessions established to this database.")
  List<DatabaseValue> sessions(List<Row> rows) {
    return DatabaseValue.of(rows, "sessions");
  }

  @Untyped(name = "sessions_abandoned", help = "Number of database sessions to this database that were terminated because connection to the client was lost.")
  List<DatabaseValue> sessionsAbandoned(List<Row> rows) {
    return DatabaseValue.of(rows, "sessions_abandoned");
  }

  @Untyped(name = "sessions_fatal", help = "Number of database sessions to this database that were terminated by fatal errors.")
  List<DatabaseValue> sessionsFatal(List<Row> rows) {
    return DatabaseValue.of(rows, "sessions_fatal");
  }

  @Untyped(name = "sessions_killed", help = "Number of database sessions to this database that were terminated by operator intervention.")
  List<DatabaseValue> sessionsKilled(List<Row> rows) {
    return DatabaseValue.of(rows, "sessions_killed");
  }
}
