package dev.exporterbuilder.testsupport;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The vector selectors of a PromQL expression, read well enough to know which metrics it names:
 * a metric name before {@code {}, {@code [} or on its own, and the {@code __name__} matchers inside
 * braces. Whether the expression is valid PromQL is promtool's business ({@link ArtifactChecks}
 * puts each into a rules file); this only looks for names, skipping strings, durations, numbers,
 * function names, aggregations and the label lists of {@code by}, {@code without}, {@code on},
 * {@code ignoring}, {@code group_left} and {@code group_right}.
 */
public final class PromQlSelectors {

  /** A matcher of a selector's braces: {@code name op "value"}. */
  public record Matcher(String label, String operator, String value) {}

  /** A vector selector: its metric name (null when only braces select) and its matchers. */
  public record Selector(String metricName, List<Matcher> matchers) {

    /** The {@code __name__} matchers. */
    public List<Matcher> nameMatchers() {
      return matchers.stream().filter(matcher -> matcher.label().equals("__name__")).toList();
    }
  }

  private static final Set<String> LABEL_LIST_KEYWORDS =
      Set.of("by", "without", "on", "ignoring", "group_left", "group_right");
  private static final Set<String> KEYWORDS = Set.of("by", "without", "on", "ignoring", "group_left", "group_right",
      "offset", "bool", "and", "or", "unless", "atan2", "inf", "nan", "start", "end");
  private static final Set<String> AGGREGATIONS = Set.of("sum", "min", "max", "avg", "group", "stddev", "stdvar",
      "count", "count_values", "bottomk", "topk", "quantile", "limitk", "limit_ratio");

  private final String expression;
  private int position;
  private final List<Selector> selectors = new ArrayList<>();

  private PromQlSelectors(String expression) {
    this.expression = expression;
  }

  /** The selectors of {@code expression}, in their order; throws IllegalArgumentException where it cannot read on. */
  public static List<Selector> of(String expression) {
    PromQlSelectors reader = new PromQlSelectors(expression);
    reader.read();
    return List.copyOf(reader.selectors);
  }

  private void read() {
    while (position < expression.length()) {
      char c = expression.charAt(position);
      if (Character.isWhitespace(c)) {
        position++;
      } else if (c == '"' || c == '\'' || c == '`') {
        skipString();
      } else if (c == '[') {
        skipTo(']');
      } else if (c == '{') {
        selectors.add(new Selector(null, matchers()));
      } else if (Character.isDigit(c) || (c == '.' && position + 1 < expression.length()
          && Character.isDigit(expression.charAt(position + 1)))) {
        while (position < expression.length() && (Character.isLetterOrDigit(expression.charAt(position))
            || expression.charAt(position) == '.')) {
          position++;
        }
      } else if (Character.isLetter(c) || c == '_' || c == ':') {
        identifier();
      } else {
        position++;
      }
    }
  }

  private void identifier() {
    int start = position;
    while (position < expression.length() && (Character.isLetterOrDigit(expression.charAt(position))
        || expression.charAt(position) == '_' || expression.charAt(position) == ':')) {
      position++;
    }
    String name = expression.substring(start, position);
    char next = peek();
    String lower = name.toLowerCase(Locale.ROOT);
    if (LABEL_LIST_KEYWORDS.contains(lower)) {
      if (next == '(') {
        skipWhitespace();
        skipTo(')');
      }
      return;
    }
    if (KEYWORDS.contains(lower)) {
      return;
    }
    if (next == '(') {
      return; // a function or an aggregation
    }
    if (AGGREGATIONS.contains(lower) && nextWordIsOneOf("by", "without")) {
      return;
    }
    if (next == '{') {
      skipWhitespace();
      selectors.add(new Selector(name, matchers()));
    } else {
      selectors.add(new Selector(name, List.of()));
    }
  }

  /** Reads {@code { label op "value", ... }} from the opening brace on. */
  private List<Matcher> matchers() {
    List<Matcher> matchers = new ArrayList<>();
    position++; // {
    while (true) {
      skipWhitespace();
      if (position >= expression.length()) {
        throw new IllegalArgumentException("unclosed { in " + expression);
      }
      char c = expression.charAt(position);
      if (c == '}') {
        position++;
        return matchers;
      }
      if (c == ',') {
        position++;
        continue;
      }
      int start = position;
      while (position < expression.length() && (Character.isLetterOrDigit(expression.charAt(position))
          || expression.charAt(position) == '_')) {
        position++;
      }
      String label = expression.substring(start, position);
      if (label.isEmpty()) {
        throw new IllegalArgumentException("no label name at " + position + " of " + expression);
      }
      skipWhitespace();
      int operatorStart = position;
      while (position < expression.length() && "=!~".indexOf(expression.charAt(position)) >= 0) {
        position++;
      }
      String operator = expression.substring(operatorStart, position);
      skipWhitespace();
      int valueStart = position;
      skipString();
      String value = unquote(expression.substring(valueStart, position));
      matchers.add(new Matcher(label, operator, value));
    }
  }

  private void skipString() {
    char quote = expression.charAt(position);
    if (quote != '"' && quote != '\'' && quote != '`') {
      throw new IllegalArgumentException("no string at " + position + " of " + expression);
    }
    position++;
    while (position < expression.length() && expression.charAt(position) != quote) {
      if (expression.charAt(position) == '\\' && quote != '`') {
        position++;
      }
      position++;
    }
    position++;
  }

  private static String unquote(String quoted) {
    String inner = quoted.substring(1, quoted.length() - 1);
    if (quoted.charAt(0) == '`') {
      return inner;
    }
    StringBuilder value = new StringBuilder();
    for (int i = 0; i < inner.length(); i++) {
      char c = inner.charAt(i);
      if (c == '\\' && i + 1 < inner.length()) {
        char escaped = inner.charAt(++i);
        value.append(switch (escaped) {
          case 'n' -> '\n';
          case 't' -> '\t';
          default -> escaped;
        });
      } else {
        value.append(c);
      }
    }
    return value.toString();
  }

  private void skipTo(char close) {
    while (position < expression.length() && expression.charAt(position) != close) {
      char c = expression.charAt(position);
      if (c == '"' || c == '\'' || c == '`') {
        skipString();
      } else {
        position++;
      }
    }
    position++;
  }

  private void skipWhitespace() {
    while (position < expression.length() && Character.isWhitespace(expression.charAt(position))) {
      position++;
    }
  }

  private char peek() {
    int at = position;
    while (at < expression.length() && Character.isWhitespace(expression.charAt(at))) {
      at++;
    }
    return at < expression.length() ? expression.charAt(at) : 0;
  }

  private boolean nextWordIsOneOf(String... words) {
    int at = position;
    while (at < expression.length() && Character.isWhitespace(expression.charAt(at))) {
      at++;
    }
    for (String word : words) {
      if (expression.regionMatches(true, at, word, 0, word.length())) {
        int after = at + word.length();
        if (after >= expression.length() || !Character.isLetterOrDigit(expression.charAt(after))) {
          return true;
        }
      }
    }
    return false;
  }
}
