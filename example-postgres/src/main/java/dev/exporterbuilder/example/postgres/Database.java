package dev.exporterbuilder.example.postgres;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * The one connection the exporter holds, as postgres_exporter holds one per server: opened when
 * first needed, dropped when it fails, and opened again by the next query. Queries run one at a time
 * (the connection is a single session).
 *
 * <p>Every step is bounded, so that a server that stops answering (frozen, or behind a dead network)
 * holds a collector's thread for seconds, never for the length of a TCP timeout: the TCP connect by
 * {@link #CONNECT_TIMEOUT_SECONDS}, the whole log-in by {@link #LOGIN_TIMEOUT_SECONDS}, each
 * statement by {@link #QUERY_TIMEOUT_SECONDS} (a cancel the server acts on) and each read from the
 * socket by {@link #SOCKET_TIMEOUT_SECONDS} (the bound that holds even when the server cannot act).
 * All are below the collectors' {@code timeout}, so a run that overran ends soon after.
 */
final class Database implements AutoCloseable {

  static final int CONNECT_TIMEOUT_SECONDS = 2;
  static final int LOGIN_TIMEOUT_SECONDS = 3;
  static final int QUERY_TIMEOUT_SECONDS = 3;
  static final int SOCKET_TIMEOUT_SECONDS = 4;

  /** One row of a result: column name to value, as the driver returns it. */
  record Row(Map<String, Object> columns) {
    Object get(String column) {
      return columns.get(column);
    }
  }

  private final DataSourceName source;
  private Connection connection; // guarded by this

  Database(DataSourceName source) {
    this.source = source;
  }

  /** postgres_exporter's {@code server} label: {@code host:port}. */
  String server() {
    return source.server();
  }

  /**
   * Opens the connection now, if it is not open; throws what the driver threw. A failure is not
   * final: the next query tries again.
   */
  synchronized void connect() throws SQLException {
    connection();
  }

  /** Whether the server answers within {@link #QUERY_TIMEOUT_SECONDS}; a connection that does not is dropped. */
  synchronized boolean ping() {
    try {
      if (connection().isValid(QUERY_TIMEOUT_SECONDS)) {
        return true;
      }
    } catch (SQLException e) {
      // not reachable: pg_up 0, and the next scrape connects again
    }
    drop();
    return false;
  }

  /** The rows of {@code sql}; a failure that broke the connection drops it, so the next query opens another. */
  synchronized List<Row> query(String sql) throws SQLException {
    try (Statement statement = connection().createStatement()) {
      statement.setQueryTimeout(QUERY_TIMEOUT_SECONDS);
      try (ResultSet results = statement.executeQuery(sql)) {
        ResultSetMetaData meta = results.getMetaData();
        List<Row> rows = new ArrayList<>();
        while (results.next()) {
          Map<String, Object> columns = new LinkedHashMap<>();
          for (int i = 1; i <= meta.getColumnCount(); i++) {
            columns.put(meta.getColumnLabel(i), results.getObject(i));
          }
          rows.add(new Row(columns));
        }
        return rows;
      }
    } catch (SQLException e) {
      if (connection != null && (connection.isClosed() || isConnectionError(e))) {
        drop();
      }
      throw e;
    }
  }

  /** SQLSTATE class 08, connection exception, or the driver's own I/O error. */
  private static boolean isConnectionError(SQLException e) {
    return e.getSQLState() != null && e.getSQLState().startsWith("08");
  }

  private Connection connection() throws SQLException {
    if (connection == null || connection.isClosed()) {
      Properties properties = new Properties();
      properties.putAll(source.properties());
      properties.putIfAbsent("connectTimeout", Integer.toString(CONNECT_TIMEOUT_SECONDS));
      properties.setProperty("loginTimeout", Integer.toString(LOGIN_TIMEOUT_SECONDS));
      properties.setProperty("socketTimeout", Integer.toString(SOCKET_TIMEOUT_SECONDS));
      properties.putIfAbsent("ApplicationName", "exporter-builder-example-postgres");
      connection = DriverManager.getConnection(source.jdbcUrl(), properties);
    }
    return connection;
  }

  private void drop() {
    if (connection != null) {
      try {
        connection.close();
      } catch (SQLException ignored) {
        // the connection is dropped either way
      }
      connection = null;
    }
  }

  @Override
  public synchronized void close() {
    drop();
  }

  /**
   * A column's value as a sample value, as postgres_exporter converts it: numbers as they are,
   * booleans 1 or 0, timestamps as whole Unix seconds, numeric text parsed, and {@code NULL} (or
   * text that is not a number) as {@code NaN}.
   */
  static double toDouble(Object value) {
    if (value instanceof Number number) {
      return number.doubleValue();
    }
    if (value instanceof Boolean bool) {
      return bool ? 1 : 0;
    }
    if (value instanceof Timestamp timestamp) {
      return Math.floorDiv(timestamp.getTime(), 1000L);
    }
    if (value instanceof OffsetDateTime time) {
      return time.toEpochSecond();
    }
    if (value instanceof String text) {
      try {
        return Double.parseDouble(text.strip());
      } catch (NumberFormatException e) {
        return Double.NaN;
      }
    }
    return Double.NaN;
  }

  /** A column's value as a label value, as postgres_exporter converts it: {@code NULL} is empty. */
  static String toLabel(Object value) {
    if (value instanceof Timestamp timestamp) {
      return Long.toString(Math.floorDiv(timestamp.getTime(), 1000L));
    }
    return value == null ? "" : value.toString();
  }
}
