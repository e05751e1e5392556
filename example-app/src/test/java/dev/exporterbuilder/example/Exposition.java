package dev.exporterbuilder.example;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * A scrape in the Prometheus text format, parsed just enough for assertions: the comment lines, and
 * each sample's value keyed by its series as written ({@code name} or {@code name{labels}}).
 */
final class Exposition {

  private final String text;
  private final List<String> lines;
  private final Map<String, Double> samples = new LinkedHashMap<>();

  private Exposition(String text) {
    this.text = text;
    this.lines = text.lines().toList();
    for (String line : lines) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      int valueStart = line.lastIndexOf(' ');
      samples.put(line.substring(0, valueStart), parseValue(line.substring(valueStart + 1)));
    }
  }

  static Exposition parse(String text) {
    return new Exposition(text);
  }

  private static double parseValue(String value) {
    switch (value) {
      case "+Inf":
        return Double.POSITIVE_INFINITY;
      case "-Inf":
        return Double.NEGATIVE_INFINITY;
      case "NaN":
        return Double.NaN;
      default:
        return Double.parseDouble(value);
    }
  }

  /** The value of {@code series}, such as {@code host_load1} or {@code host_x{collector="loadavg"}}. */
  OptionalDouble value(String series) {
    Double value = samples.get(series);
    return value == null ? OptionalDouble.empty() : OptionalDouble.of(value);
  }

  /** The value of {@code series}; fails the test if there is no such sample. */
  double valueOf(String series) {
    OptionalDouble value = value(series);
    assertTrue(value.isPresent(), "no sample " + series + " in:\n" + text);
    return value.getAsDouble();
  }

  /** Whether any sample's name (before its labels) is {@code name}. */
  boolean hasSampleNamed(String name) {
    return samples.keySet().stream().anyMatch(series -> series.equals(name) || series.startsWith(name + "{"));
  }

  /** Whether any sample's name starts with {@code prefix}. */
  boolean hasSampleStartingWith(String prefix) {
    return samples.keySet().stream().anyMatch(series -> series.startsWith(prefix));
  }

  boolean hasLine(String line) {
    return lines.contains(line);
  }

  @Override
  public String toString() {
    return text;
  }
}
