package dev.exporterbuilder.processor.validation;

import dev.exporterbuilder.processor.model.Naming;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** The naming rules of Prometheus and of the exporter command line, as pure functions. */
final class NameRules {

  private static final Pattern LEGACY_NAME = Pattern.compile("[a-zA-Z_][a-zA-Z0-9_]*");
  private static final Pattern SNAKE_CASE = Pattern.compile("[a-z][a-z0-9]*(_[a-z0-9]+)*");
  private static final Pattern EXPORTER_NAME = Pattern.compile("[a-z][a-z0-9]*([-_][a-z0-9]+)*");
  private static final Pattern FLAG_NAME = Pattern.compile("[a-z0-9]+([.-][a-z0-9]+)*");

  /**
   * Suffixes of series names that Prometheus gives a meaning, with that meaning; an author writes
   * them only to keep a legacy name.
   */
  static final Map<String, String> RESERVED_SUFFIXES = Map.of(
      "_total", "marks the samples of counters",
      "_count", "Prometheus reserves for the series of histograms and summaries",
      "_sum", "Prometheus reserves for the series of histograms and summaries",
      "_bucket", "Prometheus reserves for the series of histograms",
      "_info", "Prometheus reserves for info metrics",
      "_created", "OpenMetrics reserves for the created timestamps of counters, histograms and summaries");

  /** Unit words and their base unit, as promlint knows them (client_golang's promlint/validations/units.go). */
  private static final Map<String, String> PROMLINT_UNITS = Map.ofEntries(
      Map.entry("amperes", "amperes"), Map.entry("bytes", "bytes"), Map.entry("celsius", "celsius"),
      Map.entry("grams", "grams"), Map.entry("joules", "joules"), Map.entry("kelvin", "kelvin"),
      Map.entry("meters", "meters"), Map.entry("metres", "metres"), Map.entry("seconds", "seconds"),
      Map.entry("volts", "volts"),
      Map.entry("minutes", "seconds"), Map.entry("hours", "seconds"), Map.entry("days", "seconds"),
      Map.entry("weeks", "seconds"), Map.entry("kelvins", "kelvin"), Map.entry("fahrenheit", "celsius"),
      Map.entry("rankine", "celsius"), Map.entry("inches", "meters"), Map.entry("yards", "meters"),
      Map.entry("miles", "meters"), Map.entry("bits", "bytes"), Map.entry("calories", "joules"),
      Map.entry("pounds", "grams"), Map.entry("ounces", "grams"));

  /** promlint's units plus ratio for percentages, as the Prometheus naming guide asks. */
  private static final Map<String, String> UNITS = union(PROMLINT_UNITS,
      Map.of("ratio", "ratio", "percent", "ratio", "percentage", "ratio"));

  /** SI and binary prefixes: {@code milliseconds} and {@code kibibytes} are not base units. */
  private static final List<String> UNIT_PREFIXES = List.of("pico", "nano", "micro", "milli", "centi", "deci",
      "deca", "hecto", "kilo", "kibi", "mega", "mebi", "mibi", "giga", "gibi", "tera", "tebi", "peta", "pebi");

  /** Abbreviated units promtool's lint rejects as name words, with the base unit each stands for. */
  static final Map<String, String> UNIT_ABBREVIATIONS = Map.ofEntries(
      Map.entry("s", "seconds"), Map.entry("ms", "seconds"), Map.entry("us", "seconds"), Map.entry("ns", "seconds"),
      Map.entry("sec", "seconds"), Map.entry("h", "seconds"), Map.entry("d", "seconds"), Map.entry("m", "meters"),
      Map.entry("b", "bytes"), Map.entry("kb", "bytes"), Map.entry("mb", "bytes"), Map.entry("gb", "bytes"),
      Map.entry("tb", "bytes"), Map.entry("pb", "bytes"));

  /** The metric types, which a name need not repeat. */
  static final List<String> TYPE_WORDS = List.of("counter", "gauge", "histogram", "summary", "gauge_histogram");

  /** Labels that belong to one metric type's series. */
  static final Map<String, String> TYPE_LABELS = Map.of(
      "le", "the buckets of histograms", "quantile", "the quantiles of summaries");

  /** Labels that describe the scraped target rather than the metric, with why. */
  static final Map<String, String> TARGET_LABELS = Map.of(
      "job", "is attached by Prometheus to every series of a target, so yours would be renamed exported_job",
      "instance", "is attached by Prometheus to every series of a target, so yours would be renamed exported_instance",
      "env", "describes the target, not the metric", "environment", "describes the target, not the metric",
      "region", "describes the target, not the metric", "datacenter", "describes the target, not the metric");

  /** Namespaces whose metrics an exporter process already has, or that Prometheus adds to every scrape. */
  static final Map<String, String> RESERVED_NAMESPACES = Map.of(
      "process", "client_java's process metrics, which every generated exporter serves",
      "jvm", "client_java's JVM metrics, which every generated exporter serves",
      "promhttp", "the HTTP handler metrics, which every generated exporter serves as Go exporters do",
      "scrape", "the series Prometheus adds to every scrape");

  /**
   * Namespaces that users know as someone else's, but that do not collide with anything served:
   * an exporter that re-exports a Go program's or a Prometheus server's metrics may keep them.
   */
  static final Map<String, String> FOREIGN_NAMESPACES = Map.of(
      "go", "the runtime metrics of Go programs",
      "prometheus", "Prometheus's own metrics");

  /** First words that others own, with who owns them. */
  static final Map<String, String> RESERVED_PREFIXES = Map.of(
      "process", "client libraries use for the metrics of the process itself",
      "scrape", "Prometheus uses for the series it adds to every scrape");
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
    return !name.equals(name.toLowerCase(Locale.ROOT));
  }

  /** The reserved suffix {@code name} ends with, if any. */
  static Optional<String> reservedSuffix(String name) {
    return RESERVED_SUFFIXES.keySet().stream().filter(suffix -> ("_" + name).endsWith(suffix)).findFirst();
  }

  /** A snake_case spelling of anything: {@code "Cpu Temp!"} → {@code "cpu_temp"}. */
  static String suggestSnakeCase(String name) {
    String snake = Naming.snakeCase(name.trim()).replaceAll("[^a-z0-9]+", "_").replaceAll("^[_0-9]+|_+$", "");
    return snake.isEmpty() ? "my_name" : snake;
  }

  /** The base unit of a unit word, if it is one: {@code milliseconds} → seconds, {@code bytes} → bytes. */
  static Optional<String> baseUnit(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    if (UNITS.containsKey(lower)) {
      return Optional.of(UNITS.get(lower));
    }
    for (String prefix : UNIT_PREFIXES) {
      if (lower.startsWith(prefix) && UNITS.containsKey(lower.substring(prefix.length()))) {
        return Optional.of(UNITS.get(lower.substring(prefix.length())));
      }
    }
    return Optional.ofNullable(UNIT_ABBREVIATIONS.get(lower));
  }

  /** Whether promlint knows {@code word} as a unit, with or without a prefix. */
  static boolean isPromlintUnit(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    return PROMLINT_UNITS.containsKey(lower) || UNIT_PREFIXES.stream()
        .anyMatch(prefix -> lower.startsWith(prefix) && PROMLINT_UNITS.containsKey(lower.substring(prefix.length())));
  }

  /** The reserved first word of {@code name}, if it has one. */
  static Optional<String> reservedPrefix(String name) {
    return RESERVED_PREFIXES.keySet().stream().filter(prefix -> name.startsWith(prefix + "_")).findFirst();
  }

  private static Map<String, String> union(Map<String, String> first, Map<String, String> second) {
    Map<String, String> union = new HashMap<>(first);
    union.putAll(second);
    return Map.copyOf(union);
  }

  /** A flag-name spelling of anything: {@code "sysfsRoot"} → {@code "sysfs-root"}. */
  static String suggestFlagName(String name) {
    String kebab = Naming.kebabCase(name.trim()).replaceAll("[^a-z0-9.]+", "-").replaceAll("^[-.]+|[-.]+$", "");
    return kebab.isEmpty() ? "my-flag" : kebab;
  }
}
