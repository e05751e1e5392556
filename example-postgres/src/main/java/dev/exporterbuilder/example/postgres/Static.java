package dev.exporterbuilder.example.postgres;

import dev.exporterbuilder.annotations.Collector;
import dev.exporterbuilder.annotations.ConstLabel;
import dev.exporterbuilder.annotations.Label;
import dev.exporterbuilder.annotations.Untyped;
import java.sql.SQLException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code pg_static}: the server's version, untyped as postgres_exporter left it. */
@Collector(name = "static", timeout = "5s")
public class Static {

  /** The version number after the product name: {@code PostgreSQL 15.18 (Debian ...)} gives {@code 15.18}. */
  private static final Pattern SHORT_VERSION = Pattern.compile("^\\w+ ((\\d+)(\\.\\d+)?(\\.\\d+)?)");

  record Version(@Label String version, @Label("short_version") String shortVersion, int value) {}

  @ConstLabel("server")
  static String server() {
    return PostgresExporter.database().server();
  }

  @Untyped(name = "static", help = "Version string as reported by postgres")
  List<Version> version() throws SQLException {
    String version = (String) PostgresExporter.database().query("SELECT version()").get(0).get("version");
    return List.of(new Version(version, shortVersion(version), 1));
  }

  /** As postgres_exporter writes it: three numbers, missing ones 0 ({@code 15.18} is {@code 15.18.0}). */
  static String shortVersion(String version) {
    Matcher matcher = SHORT_VERSION.matcher(version);
    if (!matcher.find()) {
      return "";
    }
    String[] numbers = matcher.group(1).split("\\.");
    StringBuilder shortVersion = new StringBuilder();
    for (int i = 0; i < 3; i++) {
      shortVersion.append(i == 0 ? "" : ".").append(i < numbers.length ? Long.parseLong(numbers[i]) : 0);
    }
    return shortVersion.toString();
  }
}
