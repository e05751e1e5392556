package dev.exporterbuilder.example.postgres;

import dev.exporterbuilder.annotations.Collector;
import dev.exporterbuilder.annotations.ConstLabel;
import dev.exporterbuilder.annotations.Gauge;
import dev.exporterbuilder.example.postgres.Database.Row;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

/** {@code pg_database_size_bytes}: postgres_exporter's {@code database} collector. */
@Collector(name = "database", subsystem = "database", timeout = "5s")
public class DatabaseSize {

  @ConstLabel("server")
  static String server() {
    return PostgresExporter.database().server();
  }

  @Gauge(name = "size", unit = "bytes", labels = "datname", help = "Disk space used by the database")
  Map<String, Long> size() throws SQLException {
    Map<String, Long> sizes = new LinkedHashMap<>();
    for (Row row : PostgresExporter.database().query(
        "SELECT pg_database.datname, pg_database_size(pg_database.datname) AS size FROM pg_database")) {
      sizes.put(Database.toLabel(row.get("datname")), ((Number) row.get("size")).longValue());
    }
    return sizes;
  }
}
