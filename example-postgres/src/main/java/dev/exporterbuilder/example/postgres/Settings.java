package dev.exporterbuilder.example.postgres;

import dev.exporterbuilder.annotations.Collector;
import dev.exporterbuilder.annotations.ConstLabel;
import dev.exporterbuilder.annotations.Gauge;
import dev.exporterbuilder.annotations.KeyCase;
import dev.exporterbuilder.example.postgres.Database.Row;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code pg_settings_*}: every boolean and numeric server setting, one family per setting named
 * from its name, as postgres_exporter serves {@code pg_settings}: booleans 1 or 0, durations in
 * seconds and sizes in bytes with {@code _seconds} or {@code _bytes} appended, and -1 (the
 * settings' "off") left as it is. {@code tcp_keepalives_count} names a gauge ending in {@code _count},
 * a suffix of summaries and histograms: the member keeps it, as postgres_exporter's name, with the
 * {@code reserved-suffix} rule switched off.
 */
@Collector(name = "settings", subsystem = "settings", timeout = "5s")
public class Settings {

  private static final String QUERY = "SELECT name, setting, COALESCE(unit, '') AS unit, vartype FROM pg_settings"
      + " WHERE vartype IN ('bool', 'integer', 'real') AND name != 'sync_commit_cancel_wait'";

  @ConstLabel("server")
  static String server() {
    return PostgresExporter.database().server();
  }

  @SuppressWarnings("exporter-builder:reserved-suffix")
  @Gauge(name = "{key}", keyCase = KeyCase.KEEP, help = "Server setting {key}, in base units.")
  Map<String, Double> settings() throws SQLException {
    Map<String, Double> settings = new LinkedHashMap<>();
    for (Row row : PostgresExporter.database().query(QUERY)) {
      String name = (String) row.get("name");
      String setting = (String) row.get("setting");
      if ("bool".equals(row.get("vartype"))) {
        settings.put(name, "on".equals(setting) ? 1.0 : 0.0);
        continue;
      }
      Unit unit = Unit.of((String) row.get("unit"));
      double value = Double.parseDouble(setting);
      settings.put(unit.base().isEmpty() ? name : name + "_" + unit.base(), value == -1 ? value : unit.convert(value));
    }
    return settings;
  }

  /**
   * A setting's unit as pg_settings names it: the base unit it is converted to, and how many of
   * the base unit one of it is ({@code factor}) or how many of it make one ({@code divisor}, for
   * milliseconds, so that the result is the one postgres_exporter computes to the last bit).
   */
  record Unit(String base, double factor, double divisor) {

    Unit(String base, double factor) {
      this(base, factor, 1);
    }

    double convert(double value) {
      return value * factor / divisor;
    }

    static Unit of(String unit) {
      return switch (unit) {
        case "" -> new Unit("", 1);
        case "ms" -> new Unit("seconds", 1, 1000);
        case "s" -> new Unit("seconds", 1);
        case "min" -> new Unit("seconds", 60);
        case "h" -> new Unit("seconds", 60 * 60);
        case "d" -> new Unit("seconds", 60 * 60 * 24);
        case "B" -> new Unit("bytes", 1);
        case "kB" -> new Unit("bytes", 1L << 10);
        case "MB" -> new Unit("bytes", 1L << 20);
        case "GB" -> new Unit("bytes", 1L << 30);
        case "TB" -> new Unit("bytes", 1L << 40);
        case "8kB" -> new Unit("bytes", 1L << 13);
        case "16kB" -> new Unit("bytes", 1L << 14);
        case "32kB" -> new Unit("bytes", 1L << 15);
        case "16MB" -> new Unit("bytes", 1L << 24);
        case "32MB" -> new Unit("bytes", 1L << 25);
        case "64MB" -> new Unit("bytes", 1L << 26);
        default -> throw new IllegalArgumentException("unknown unit \"" + unit + "\" in pg_settings");
      };
    }
  }
}
