package dev.exporterbuilder.example.postgres;

import dev.exporterbuilder.annotations.Exporter;
import dev.exporterbuilder.annotations.Flag;
import dev.exporterbuilder.annotations.Gauge;
import dev.exporterbuilder.annotations.Init;
import java.sql.SQLException;

/**
 * A PostgreSQL exporter: a port of postgres_exporter 0.11.1's core families, with its names, types
 * and labels, so that its dashboards and alerts work unchanged. The processor writes
 * {@code PostgresExporterMain}; run it as postgres_exporter is run:
 *
 * <pre>
 * DATA_SOURCE_NAME="postgresql://postgres:secret@127.0.0.1:5432/postgres?sslmode=disable" \
 *   java -jar exporter-builder-example-postgres.jar
 * </pre>
 *
 * <p>The exporter class is itself a collector (named {@code postgres}) for {@code pg_up}, which carries no
 * {@code server} label, as postgres_exporter's does not; every other collector adds
 * {@code server="host:port"} with {@link dev.exporterbuilder.annotations.ConstLabel}.
 *
 * <p>The connection is opened in {@link #connect()}, after the flags are parsed. A server that is
 * down then does not stop the exporter: {@code pg_up} is 0 and every scrape tries again, as
 * postgres_exporter does.
 */
// a drop-in replacement takes the port of the exporter it replaces, so that scrape configs stay as they are
@SuppressWarnings("exporter-builder:prometheus-port")
@Exporter(
    name = "postgres",
    namespace = "pg",
    help = "PostgreSQL server statistics and settings, named as postgres_exporter names them.",
    port = 9187,
    timeout = "5s",
    collectors = {Static.class, StatDatabase.class, StatDatabaseConflicts.class, DatabaseSize.class, Locks.class,
        StatBgwriter.class, Settings.class})
public class PostgresExporter implements AutoCloseable {

  @Flag(name = "data-source-name", env = "DATA_SOURCE_NAME", secret = true,
      help = "The PostgreSQL server, as a URL: postgresql://user:password@host:port/database?sslmode=disable.")
  static String dataSourceName;

  /** The connection every collector queries; set by {@link #connect()} before the first scrape. */
  private static volatile Database database;

  /** The server's connection, for the collectors. */
  static Database database() {
    return database;
  }

  /**
   * Reads the data source name (an invalid one stops the start with one line) and tries to
   * connect; a server that does not answer yet is tried again at every scrape.
   */
  @Init
  void connect() {
    database = new Database(DataSourceName.parse(dataSourceName));
    try {
      database.connect();
    } catch (SQLException e) {
      // not fatal: pg_up says so, and the next scrape connects again
    }
  }

  @Gauge(name = "up",
      help = "Whether the last scrape of metrics from PostgreSQL was able to connect to the server (1 for yes, 0 for no).")
  boolean up() {
    return database.ping();
  }

  @Override
  public void close() {
    if (database != null) {
      database.close();
    }
  }
}
