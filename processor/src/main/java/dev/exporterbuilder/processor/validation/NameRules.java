package dev.exporterbuilder.processor.validation;

import dev.exporterbuilder.processor.model.Naming;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** The naming rules of Prometheus and of the exporter command line, as pure functions. */
final class NameRules {

  private static final Pattern LEGACY_NAME = Pattern.compile("[a-zA-Z_][a-zA-Z0-9_]*");
  private static final Pattern SNAKE_CASE = Pattern.compile("[a-z][a-z0-9]*(_[a-z0-9]+)*");
  private static final Pattern EXPORTER_NAME = Pattern.compile("[a-z][a-z0-9]*([-_][a-z0-9]+)*");
  private static final Pattern FLAG_NAME = Pattern.compile("[a-z0-9]+([.-][a-z0-9]+)*");

  /** Suffixes of series names that Prometheus gives a meaning; an author never writes them. */
  static final Map<String, String> RESERVED_SUFFIXES = Map.of(
      "_total", "client_java adds to counter names itself",
      "_count", "Prometheus reserves for the series of histograms and summaries",
      "_sum", "Prometheus reserves for the series of histograms and summaries",
      "_bucket", "Prometheus reserves for the series of histograms",
      "_info", "Prometheus reserves for info metrics",
      "_created", "OpenMetrics reserves for the created timestamps of counters, histograms and summaries");

  /** Units that are not base units, with the base unit to write instead. */
  static final Map<String, String> NON_BASE_UNITS = Map.ofEntries(
      Map.entry("nanoseconds", "seconds"), Map.entry("microseconds", "seconds"),
      Map.entry("milliseconds", "seconds"), Map.entry("minutes", "seconds"), Map.entry("hours", "seconds"),
      Map.entry("days", "seconds"), Map.entry("ns", "seconds"), Map.entry("us", "seconds"),
      Map.entry("ms", "seconds"), Map.entry("sec", "seconds"), Map.entry("secs", "seconds"),
      Map.entry("second", "seconds"), Map.entry("bits", "bytes"), Map.entry("kilobytes", "bytes"),
      Map.entry("megabytes", "bytes"), Map.entry("gigabytes", "bytes"), Map.entry("terabytes", "bytes"),
      Map.entry("kibibytes", "bytes"), Map.entry("mebibytes", "bytes"), Map.entry("gibibytes", "bytes"),
      Map.entry("kb", "bytes"), Map.entry("mb", "bytes"), Map.entry("gb", "bytes"), Map.entry("kib", "bytes"),
      Map.entry("mib", "bytes"), Map.entry("gib", "bytes"), Map.entry("byte", "bytes"),
      Map.entry("percent", "ratio"), Map.entry("percentage", "ratio"), Map.entry("fahrenheit", "celsius"),
      Map.entry("kelvin", "celsius"), Map.entry("millivolts", "volts"), Map.entry("milliamperes", "amperes"),
      Map.entry("kilograms", "grams"), Map.entry("kilometers", "meters"), Map.entry("millimeters", "meters"));

  private NameRules() {}

  static boolean isLegacyName(String name) {
    return LEGACY_NAME.matcher(name).matches() && !name.startsWith("__");
  }

  static boolean isSnakeCase(String name) {
    return SNAKE_CASE.matcher(name).matches();
  }

  static boolean isExporterName(String name) {
    return EXPORTER_NAME.matcher(name).matches();
  }

  static boolean isFlagName(String name) {
    return FLAG_NAME.matcher(name).matches();
  }

  static boolean hasUpperCase(String name) {
    return !name.equals(name.toLowerCase(java.util.Locale.ROOT));
  }

  /** The reserved suffix {@code name} ends with, if any. */
  static Optional<String> reservedSuffix(String name) {
    return RESERVED_SUFFIXES.keySet().stream().filter(name::endsWith).findFirst();
  }

  /** A snake_case spelling of anything: {@code "Cpu Temp!"} → {@code "cpu_temp"}. */
  static String suggestSnakeCase(String name) {
    String snake = Naming.snakeCase(name.trim()).replaceAll("[^a-z0-9]+", "_").replaceAll("^[_0-9]+|_+$", "");
    return snake.isEmpty() ? "my_name" : snake;
  }

  /** A flag-name spelling of anything: {@code "sysfsRoot"} → {@code "sysfs-root"}. */
  static String suggestFlagName(String name) {
    String kebab = Naming.kebabCase(name.trim()).replaceAll("[^a-z0-9.]+", "-").replaceAll("^[-.]+|[-.]+$", "");
    return kebab.isEmpty() ? "my-flag" : kebab;
  }
}
