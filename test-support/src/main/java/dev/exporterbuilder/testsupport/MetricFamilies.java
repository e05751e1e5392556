package dev.exporterbuilder.testsupport;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A scrape in the Prometheus text format (0.0.4), parsed into families: each with its TYPE, HELP
 * and samples keyed by label set. Enough for counters, gauges, untyped and info metrics, which is what the
 * comparisons with node_exporter and postgres_exporter read; a sample without a TYPE line is a
 * family of type {@code untyped}.
 */
public final class MetricFamilies {

  /** One family: its name as on the TYPE line, its type and help, and its samples by label set. */
  public record Family(String name, String type, String help, Map<SortedMap<String, String>, Double> samples) {}

  private final Map<String, Family> families = new LinkedHashMap<>();

  private MetricFamilies() {}

  public static MetricFamilies parse(String text) {
    MetricFamilies parsed = new MetricFamilies();
    Map<String, String> help = new LinkedHashMap<>();
    for (String line : text.split("\n")) {
      if (line.startsWith("# HELP ")) {
        String[] parts = line.substring("# HELP ".length()).split(" ", 2);
        help.put(parts[0], parts.length > 1 ? unescapeHelp(parts[1]) : "");
      } else if (line.startsWith("# TYPE ")) {
        String[] parts = line.substring("# TYPE ".length()).split(" ", 2);
        parsed.family(parts[0], parts[1], help.getOrDefault(parts[0], ""));
      } else if (!line.isBlank() && !line.startsWith("#")) {
        parsed.sample(line, help);
      }
    }
    return parsed;
  }

  /** The families by name. */
  public Map<String, Family> families() {
    return Collections.unmodifiableMap(families);
  }

  private void family(String name, String type, String help) {
    families.put(name, new Family(name, type, help, new LinkedHashMap<>()));
  }

  private void sample(String line, Map<String, String> help) {
    int brace = line.indexOf('{');
    int space = line.indexOf(' ');
    String name;
    SortedMap<String, String> labels = new TreeMap<>();
    String rest;
    if (brace >= 0 && (space < 0 || brace < space)) {
      name = line.substring(0, brace);
      int end = parseLabels(line, brace + 1, labels);
      rest = line.substring(end + 1).strip();
    } else {
      name = line.substring(0, space);
      rest = line.substring(space + 1).strip();
    }
    if (!families.containsKey(name)) {
      family(name, "untyped", help.getOrDefault(name, ""));
    }
    String value = rest.split(" ")[0]; // a timestamp may follow
    families.get(name).samples().put(labels, parseValue(value));
  }

  /** Reads {@code name="value",...} from {@code start} into {@code labels}; returns the index of the closing brace. */
  private static int parseLabels(String line, int start, Map<String, String> labels) {
    int i = start;
    while (line.charAt(i) != '}') {
      int equals = line.indexOf('=', i);
      String name = line.substring(i, equals).strip();
      StringBuilder value = new StringBuilder();
      i = equals + 2; // past ="
      while (line.charAt(i) != '"') {
        char c = line.charAt(i);
        if (c == '\\') {
          char next = line.charAt(++i);
          value.append(next == 'n' ? '\n' : next);
        } else {
          value.append(c);
        }
        i++;
      }
      labels.put(name, value.toString());
      i++; // past the closing quote
      if (line.charAt(i) == ',') {
        i++;
      }
    }
    return i;
  }

  /** HELP escapes backslash and newline only. */
  private static String unescapeHelp(String help) {
    StringBuilder text = new StringBuilder(help.length());
    for (int i = 0; i < help.length(); i++) {
      char c = help.charAt(i);
      if (c == '\\' && i + 1 < help.length()) {
        char next = help.charAt(++i);
        text.append(next == 'n' ? '\n' : next);
      } else {
        text.append(c);
      }
    }
    return text.toString();
  }

  private static double parseValue(String value) {
    return switch (value) {
      case "+Inf" -> Double.POSITIVE_INFINITY;
      case "-Inf" -> Double.NEGATIVE_INFINITY;
      case "NaN" -> Double.NaN;
      default -> Double.parseDouble(value);
    };
  }
}
