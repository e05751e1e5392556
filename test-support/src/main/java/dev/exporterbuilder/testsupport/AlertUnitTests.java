package dev.exporterbuilder.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;
import tools.jackson.databind.JsonNode;

/**
 * A {@code promtool test rules} file for an exporter's {@code alerts.yml}, written from its catalog
 * ({@code metrics.json}: the collectors, which are cached and how often) and {@code scrape.yml}
 * (the job, its target and {@code scrape_timeout}). For every alert of the file it writes input
 * series that make the alert fire, for each thing it can fire for (every collector for
 * {@code CollectorFailing}, every cached collector for {@code CollectorStale}), with the labels and
 * annotations it must fire with, and series under which it must not fire: healthy ones, and a
 * failure one evaluation shorter than the alert's {@code for}, which must stay pending. An alert
 * this class has no scenario for fails the test, so that a new alert cannot go untested.
 *
 * <p>The timeline of every test group, at a 1m interval: healthy samples from 0m to 5m, then the
 * failing ones from 6m on. The alert is active from 6m, pending at {@code 6m + for - 1m} and
 * firing at {@code 6m + for}.
 */
public final class AlertUnitTests {

  /** The alerts SPEC §9 asks for, by the suffix of their names after the exporter's CamelCase name. */
  enum Kind {
    EXPORTER_DOWN("ExporterDown", "critical"),
    COLLECTOR_FAILING("CollectorFailing", "warning"),
    COLLECTOR_STALE("CollectorStale", "warning"),
    SCRAPE_NEAR_TIMEOUT("ScrapeNearTimeout", "warning");

    final String suffix;
    final String severity;

    Kind(String suffix, String severity) {
      this.suffix = suffix;
      this.severity = severity;
    }
  }

  /** One input series: its labels (besides the name), its healthy value and its failing value. */
  private record Member(Map<String, String> labels, double healthy, double failing) {}

  private static final Duration INTERVAL = Duration.ofMinutes(1);
  private static final long HEALTHY_SAMPLES = 6;
  private static final Pattern TEMPLATE = Pattern.compile("\\{\\{\\s*(.*?)\\s*\\}\\}");
  private static final Pattern LABEL_REFERENCE = Pattern.compile("(?:\\$labels|\\.Labels)\\.([a-zA-Z_][a-zA-Z0-9_]*)");

  private final OperatorArtifacts artifacts;
  private final List<Map<String, Object>> groups = new ArrayList<>();
  private final Set<String> fired = new LinkedHashSet<>();

  private AlertUnitTests(OperatorArtifacts artifacts) {
    this.artifacts = artifacts;
  }

  /** The unit tests of {@code artifacts}' alerts.yml; fails if an alert has no scenario here. */
  public static AlertUnitTests of(OperatorArtifacts artifacts) {
    AlertUnitTests tests = new AlertUnitTests(artifacts);
    List<Map<String, Object>> rules = artifacts.alertingRules();
    assertFalse(rules.isEmpty(), () -> artifacts.path("alerts.yml") + " has no alerting rule");
    for (Map<String, Object> rule : rules) {
      tests.add(rule);
    }
    return tests;
  }

  /** The exporter's name in CamelCase, the prefix of its alerts' names: host -> Host, cpu-temp -> CpuTemp. */
  public static String camelCase(String exporterName) {
    StringBuilder camel = new StringBuilder();
    for (String word : exporterName.split("[^A-Za-z0-9]+")) {
      if (!word.isEmpty()) {
        camel.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
      }
    }
    return camel.toString();
  }

  /** The alerts the tests make fire and check firing, with their labels and annotations. */
  public Set<String> firedAlerts() {
    return Set.copyOf(fired);
  }

  /** The test file, reading its rules from {@code rulesFile} (relative to the test file's directory). */
  public String yaml(String rulesFile) {
    Map<String, Object> file = new LinkedHashMap<>();
    file.put("rule_files", List.of(rulesFile));
    file.put("evaluation_interval", Durations.format(INTERVAL));
    file.put("tests", groups);
    DumperOptions options = new DumperOptions();
    options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
    options.setWidth(160);
    return new Yaml(options).dump(file);
  }

  private void add(Map<String, Object> rule) {
    String alert = rule.get("alert").toString();
    String prefix = camelCase(artifacts.name());
    Kind kind = null;
    for (Kind candidate : Kind.values()) {
      if (alert.equals(prefix + candidate.suffix)) {
        kind = candidate;
      }
    }
    if (kind == null) {
      fail("alerts.yml: no unit-test scenario for the alert " + alert + " (the generated tests know "
          + prefix + "{ExporterDown,CollectorFailing,CollectorStale,ScrapeNearTimeout}); add one to "
          + AlertUnitTests.class.getSimpleName());
    }
    Map<String, Object> labels = OperatorArtifacts.cast(rule.getOrDefault("labels", Map.of()));
    assertEquals(kind.severity, String.valueOf(labels.get("severity")), alert + ": severity");
    Map<String, Object> annotations = OperatorArtifacts.cast(rule.getOrDefault("annotations", Map.of()));
    for (String annotation : List.of("summary", "description", "runbook_url")) {
      assertTrue(annotations.containsKey(annotation), () -> alert + ": no annotation " + annotation);
    }
    Duration hold = rule.containsKey("for") ? Durations.parse(rule.get("for").toString()) : Duration.ZERO;
    assertEquals(0, hold.toMillis() % INTERVAL.toMillis(),
        () -> alert + ": for " + hold + " is not a whole number of " + INTERVAL + ", the unit tests' interval");
    long holdSteps = hold.toMillis() / INTERVAL.toMillis();

    String metric;
    List<Member> members = new ArrayList<>();
    List<Member> subjects = new ArrayList<>();
    Map<String, String> job = new LinkedHashMap<>();
    job.put("job", artifacts.name());
    job.put("instance", artifacts.target());
    switch (kind) {
      case EXPORTER_DOWN -> {
        metric = "up";
        members.add(new Member(job, 1, 0));
        subjects.addAll(members);
      }
      case COLLECTOR_FAILING -> {
        metric = selfMetric("_scrape_collector_success");
        for (JsonNode collector : artifacts.collectors()) {
          members.add(new Member(withCollector(job, collector), 1, 0));
        }
        subjects.addAll(members);
      }
      case COLLECTOR_STALE -> {
        metric = selfMetric("_scrape_collector_cache_age_seconds");
        for (JsonNode collector : artifacts.collectors()) {
          JsonNode cache = collector.get("cache");
          if (cache != null && cache.isNumber()) {
            // fresh: two intervals old, one refresh late at most; stale: four intervals (the alert's bound is three)
            members.add(new Member(withCollector(job, collector), 2 * cache.asDouble(), 4 * cache.asDouble()));
          }
        }
        subjects.addAll(members);
      }
      default -> {
        metric = "scrape_duration_seconds";
        double timeout = artifacts.scrapeTimeout().toMillis() / 1000.0;
        // healthy: a quarter of the timeout; failing: the whole of it (the alert's bound is 0.8 of it)
        members.add(new Member(job, timeout / 4, timeout));
        subjects.addAll(members);
      }
    }
    assertFalse(subjects.isEmpty(), () -> alert + ": metrics.json gives nothing it could fire for");

    long firingAt = HEALTHY_SAMPLES + holdSteps;
    for (Member subject : subjects) {
      List<Map<String, Object>> series = new ArrayList<>();
      for (Member member : members) {
        String values = member == subject
            ? value(member.healthy) + "x" + (HEALTHY_SAMPLES - 1) + " " + value(member.failing) + "x" + (holdSteps + 5)
            : value(member.healthy) + "x" + (HEALTHY_SAMPLES + holdSteps + 5);
        series.add(series(metric, member, values));
      }
      List<Map<String, Object>> checks = new ArrayList<>();
      if (holdSteps > 0) {
        checks.add(check(firingAt - 1, alert, List.of()));
      }
      Map<String, Object> expected = new LinkedHashMap<>();
      Map<String, String> expectedLabels = new LinkedHashMap<>(subject.labels);
      labels.forEach((name, value) -> expectedLabels.put(name, String.valueOf(value)));
      expected.put("exp_labels", expectedLabels);
      Map<String, String> expectedAnnotations = new LinkedHashMap<>();
      annotations.forEach((name, value) ->
          expectedAnnotations.put(name, expand(alert, String.valueOf(value), subject.labels, subject.failing)));
      expected.put("exp_annotations", expectedAnnotations);
      checks.add(check(firingAt, alert, List.of(expected)));
      groups.add(group(series, checks));
      fired.add(alert);
    }

    // healthy: never fires
    List<Map<String, Object>> healthy = new ArrayList<>();
    for (Member member : members) {
      healthy.add(series(metric, member, value(member.healthy) + "x" + (HEALTHY_SAMPLES + holdSteps + 5)));
    }
    groups.add(group(healthy, List.of(check(firingAt, alert, List.of()), check(firingAt + 4, alert, List.of()))));

    // a failure one interval shorter than the for: pending, never firing
    if (holdSteps > 0) {
      Member subject = subjects.get(0);
      List<Map<String, Object>> series = new ArrayList<>();
      for (Member member : members) {
        String values = member == subject
            ? value(member.healthy) + "x" + (HEALTHY_SAMPLES - 1) + " " + value(member.failing) + "x" + (holdSteps - 1)
                + " " + value(member.healthy) + "x10"
            : value(member.healthy) + "x" + (HEALTHY_SAMPLES + holdSteps + 10);
        series.add(series(metric, member, values));
      }
      groups.add(group(series, List.of(check(firingAt - 1, alert, List.of()), check(firingAt, alert, List.of()),
          check(firingAt + 4, alert, List.of()))));
    }
  }

  private String selfMetric(String suffix) {
    JsonNode family = artifacts.selfMetric(suffix)
        .orElseGet(() -> fail("metrics.json: no self-metric *" + suffix + " in selfMetrics"));
    JsonNode samples = family.get("samples");
    assertNotNull(samples, "metrics.json: no samples of " + family);
    return samples.get(0).asString();
  }

  private static Map<String, String> withCollector(Map<String, String> job, JsonNode collector) {
    Map<String, String> labels = new LinkedHashMap<>(job);
    labels.put("collector", collector.get("name").asString());
    return labels;
  }

  private static Map<String, Object> series(String metric, Member member, String values) {
    StringBuilder selector = new StringBuilder(metric).append('{');
    String separator = "";
    for (Map.Entry<String, String> label : member.labels.entrySet()) {
      selector.append(separator).append(label.getKey()).append("=\"")
          .append(label.getValue().replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
      separator = ",";
    }
    Map<String, Object> series = new LinkedHashMap<>();
    series.put("series", selector.append('}').toString());
    series.put("values", values);
    return series;
  }

  private static Map<String, Object> check(long step, String alert, List<Map<String, Object>> expected) {
    Map<String, Object> check = new LinkedHashMap<>();
    check.put("eval_time", Durations.format(INTERVAL.multipliedBy(step)));
    check.put("alertname", alert);
    check.put("exp_alerts", expected);
    return check;
  }

  private static Map<String, Object> group(List<Map<String, Object>> series, List<Map<String, Object>> checks) {
    Map<String, Object> group = new LinkedHashMap<>();
    group.put("interval", Durations.format(INTERVAL));
    group.put("input_series", series);
    group.put("alert_rule_test", checks);
    return group;
  }

  /** A sample value as promtool's series notation takes it. */
  private static String value(double value) {
    return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }

  /**
   * {@code text} with its Go templates expanded as Prometheus expands an alert's annotations:
   * {@code {{ $labels.x }}} (or {@code .Labels.x}) and {@code {{ $value }}}; any other template fails,
   * since the expected annotations could not be known.
   */
  static String expand(String alert, String text, Map<String, String> labels, double value) {
    Matcher template = TEMPLATE.matcher(text);
    StringBuilder expanded = new StringBuilder();
    while (template.find()) {
      String expression = template.group(1);
      Matcher label = LABEL_REFERENCE.matcher(expression);
      String replacement;
      if (label.matches()) {
        replacement = labels.getOrDefault(label.group(1), "");
      } else if (expression.equals("$value") || expression.equals(".Value")) {
        replacement = goFloat(value);
      } else if (expression.matches("\\$value\\s*\\|\\s*humanizeDuration|humanizeDuration\\s+\\$value")) {
        replacement = humanizeDuration(value);
      } else {
        return fail(alert + ": the annotation template {{ " + expression + " }} is not one the unit-test generator "
            + "can expand ($labels.<name>, $value, $value | humanizeDuration)");
      }
      template.appendReplacement(expanded, Matcher.quoteReplacement(replacement));
    }
    template.appendTail(expanded);
    return expanded.toString();
  }

  /**
   * Prometheus's template function {@code humanizeDuration} for the seconds {@code seconds}:
   * {@code 6m 0s}, {@code 1h 2m 3s}, {@code 14s}, {@code 1.5s}, {@code 250ms}.
   */
  static String humanizeDuration(double seconds) {
    if (seconds == 0) {
      return "0s";
    }
    String sign = seconds < 0 ? "-" : "";
    double v = Math.abs(seconds);
    if (v >= 1) {
      long whole = (long) v;
      long secs = whole % 60;
      long minutes = whole / 60 % 60;
      long hours = whole / 3600 % 24;
      long days = whole / 86400;
      if (days != 0) {
        return sign + days + "d " + hours + "h " + minutes + "m " + secs + "s";
      }
      if (hours != 0) {
        return sign + hours + "h " + minutes + "m " + secs + "s";
      }
      if (minutes != 0) {
        return sign + minutes + "m " + secs + "s";
      }
      return sign + fourDigits(v) + "s";
    }
    String prefix = "";
    for (String p : List.of("m", "u", "n", "p", "f", "a", "z", "y")) {
      if (v >= 1) {
        break;
      }
      prefix = p;
      v *= 1000;
    }
    return sign + fourDigits(v) + prefix + "s";
  }

  /** Go's {@code %.4g} for the plain numbers these tests make: four significant digits, no trailing zeros. */
  private static String fourDigits(double value) {
    return new BigDecimal(value).round(new MathContext(4)).stripTrailingZeros().toPlainString();
  }

  /**
   * A float64 as Go's text/template prints it ({@code %v}): the shortest decimal form (Go turns to
   * an exponent from 1e21 on and below 1e-4, which the values of these tests never reach).
   */
  static String goFloat(double value) {
    return value(value);
  }
}
