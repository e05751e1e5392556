package dev.exporterbuilder.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Collectors;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;
import tools.jackson.databind.JsonNode;

/**
 * The operator artifacts of an exporter ({@link OperatorArtifacts}) put through the tools that will
 * read them: promtool for the rules, the unit tests of the alerts, the Prometheus configuration and
 * every PromQL expression of the dashboard; JSON schemas for the Kubernetes manifests, since kubectl
 * cannot validate without an API server. Each check writes its files into a directory of its own
 * under {@code work} and fails the calling test with what the tool said. promtool comes from
 * {@link PrometheusTools}: without it a test is skipped locally and fails on CI.
 */
public final class ArtifactChecks {

  /** The metrics every Prometheus scrape makes, which the dashboard and the alerts may name. */
  public static final Set<String> SCRAPE_METRICS = Set.of("up", "scrape_duration_seconds");

  /**
   * What the dashboard's Grafana variables stand for when its expressions are checked: the
   * built-in intervals, and every variable of its templating (such as {@code $instance}) as the
   * regular expression {@code .*}.
   */
  static final Map<String, String> BUILT_IN_VARIABLES =
      Map.of("__rate_interval", "5m", "__interval", "1m", "__range", "1h");

  private ArtifactChecks() {}

  /** Every check of this class on {@code artifacts}, in {@code work/<exporter>/}. */
  public static void checkAll(OperatorArtifacts artifacts, Path work) throws IOException, InterruptedException {
    checkRules(artifacts, work);
    testRules(artifacts, work);
    checkRunbooks(artifacts);
    checkConfig(artifacts, work);
    checkDashboard(artifacts, work);
    checkKubernetes(artifacts);
  }

  /** {@code promtool check rules alerts.yml}. */
  public static void checkRules(OperatorArtifacts artifacts, Path work) throws IOException, InterruptedException {
    Path directory = directory(work, artifacts, "check-rules");
    Files.copy(artifacts.path("alerts.yml"), directory.resolve("alerts.yml"));
    PrometheusTools.promtool(directory, "check", "rules", "alerts.yml").assertSuccess();
  }

  /**
   * {@code promtool test rules} on the unit tests {@link AlertUnitTests} writes for alerts.yml: each
   * alert fires for each thing it is about, with its labels and annotations, and does not fire
   * while healthy nor for a failure shorter than its {@code for}. Fails if an alert of the file is
   * not made to fire by the tests. Returns the tests, which are also in {@code alerts_test.yml}.
   */
  public static AlertUnitTests testRules(OperatorArtifacts artifacts, Path work)
      throws IOException, InterruptedException {
    Path directory = directory(work, artifacts, "test-rules");
    Files.copy(artifacts.path("alerts.yml"), directory.resolve("alerts.yml"));
    AlertUnitTests tests = AlertUnitTests.of(artifacts);
    Set<String> alerts = artifacts.alertingRules().stream()
        .map(rule -> rule.get("alert").toString()).collect(Collectors.toCollection(TreeSet::new));
    assertEquals(alerts, new TreeSet<>(tests.firedAlerts()),
        "the alerts of alerts.yml vs those the unit tests make fire");
    Files.writeString(directory.resolve("alerts_test.yml"), tests.yaml("alerts.yml"));
    PrometheusTools.promtool(directory, "test", "rules", "alerts_test.yml").assertSuccess();
    return tests;
  }

  /**
   * Every alert's {@code runbook_url} points to a section of METRICS.md: {@code METRICS.md#<anchor>}
   * where a heading of METRICS.md has that anchor, as GitHub makes anchors.
   */
  public static void checkRunbooks(OperatorArtifacts artifacts) throws IOException {
    Set<String> anchors = new HashSet<>();
    for (String line : artifacts.text("METRICS.md").lines().toList()) {
      if (line.startsWith("#")) {
        anchors.add(anchor(line.replaceFirst("^#+\\s*", "")));
      }
    }
    for (Map<String, Object> rule : artifacts.alertingRules()) {
      Object url = OperatorArtifacts.cast(rule.getOrDefault("annotations", Map.of())).get("runbook_url");
      assertNotNull(url, () -> rule.get("alert") + ": no runbook_url");
      Matcher link = Pattern.compile("(?:^|/)METRICS\\.md#(.+)$").matcher(url.toString());
      assertTrue(link.find(), () -> rule.get("alert") + ": runbook_url " + url + " is not METRICS.md#<section>");
      assertTrue(anchors.contains(link.group(1)), () -> rule.get("alert") + ": runbook_url " + url
          + " names no heading of METRICS.md; its anchors: " + anchors);
    }
  }

  /** A heading's anchor as GitHub makes it: lower case, punctuation dropped, spaces as hyphens. */
  static String anchor(String heading) {
    return heading.strip().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N} _-]", "").replace(' ', '-');
  }

  /**
   * {@code promtool check config} on a prometheus.yml made of scrape.yml as it is (its
   * {@code scrape_configs}) and {@code rule_files: [alerts.yml]}; and scrape.yml's exporter job:
   * named as the exporter, {@code /metrics} of {@code localhost:<port>}, a {@code scrape_timeout}
   * longer than every collector's timeout.
   */
  public static void checkConfig(OperatorArtifacts artifacts, Path work) throws IOException, InterruptedException {
    Map<String, Object> job = artifacts.exporterJob();
    assertEquals("/metrics", job.getOrDefault("metrics_path", "/metrics"), "scrape.yml: metrics_path");
    assertEquals("localhost:" + artifacts.port(), artifacts.target(), "scrape.yml: the exporter's target");
    Duration timeout = artifacts.scrapeTimeout();
    for (JsonNode collector : artifacts.collectors()) {
      JsonNode collectorTimeout = collector.get("timeout");
      if (collectorTimeout != null && collectorTimeout.isNumber()) {
        assertTrue(collectorTimeout.asDouble() < timeout.toMillis() / 1000.0, () -> "scrape.yml: scrape_timeout "
            + timeout + " is not longer than the timeout of the collector " + collector.get("name") + ", "
            + collectorTimeout + " s");
      }
    }
    Path directory = directory(work, artifacts, "check-config");
    Files.copy(artifacts.path("alerts.yml"), directory.resolve("alerts.yml"));
    Files.writeString(directory.resolve("prometheus.yml"), prometheusConfig(artifacts, "alerts.yml"));
    PrometheusTools.promtool(directory, "check", "config", "prometheus.yml").assertSuccess();
  }

  /**
   * A prometheus.yml around {@code artifacts}' scrape.yml, as an operator makes one: a
   * {@code global} section, {@code rule_files} naming {@code rulesFile}, and scrape.yml's text as it is.
   */
  public static String prometheusConfig(OperatorArtifacts artifacts, String rulesFile) throws IOException {
    String scrape = artifacts.text("scrape.yml").replaceFirst("^---\\s*\\n", "");
    return "global:\n  scrape_interval: 15s\n  evaluation_interval: 15s\nrule_files:\n  - " + rulesFile + "\n" + scrape;
  }

  /**
   * dashboard.json: unique panel ids, every query panel's targets with {@code expr},
   * {@code legendFormat} and a unique {@code refId}, an {@code instance} variable; every expression, its variables replaced, put into
   * a recording rule that {@code promtool check rules} must accept; and every metric it names is in
   * the catalog (a sample name, a family named from data by its pattern, for {@code __name__=~}
   * matchers a regular expression that matches one) or is {@code up} or {@code scrape_duration_seconds}.
   */
  public static void checkDashboard(OperatorArtifacts artifacts, Path work) throws IOException, InterruptedException {
    JsonNode dashboard = artifacts.dashboard();
    List<String> variables = new ArrayList<>();
    for (JsonNode variable : dashboard.path("templating").path("list")) {
      variables.add(variable.path("name").asString());
    }
    assertTrue(variables.contains("instance"), () -> "dashboard.json: no instance variable; variables: " + variables);

    List<JsonNode> panels = new ArrayList<>();
    collectPanels(dashboard.path("panels"), panels);
    assertFalse(panels.isEmpty(), "dashboard.json has no panels");
    Set<Integer> ids = new HashSet<>();
    Map<String, String> expressions = new LinkedHashMap<>();
    for (JsonNode panel : panels) {
      assertTrue(panel.path("id").isInt(), () -> "dashboard.json: a panel without an id: " + panel);
      int id = panel.path("id").asInt();
      assertTrue(ids.add(id), () -> "dashboard.json: the panel id " + id + " is used twice");
      if (panel.path("type").asString().equals("row")) {
        continue;
      }
      List<JsonNode> targets = OperatorArtifacts.elements(panel.get("targets"));
      assertFalse(targets.isEmpty(), () -> "dashboard.json: panel " + id + " " + panel.path("title") + " has no targets");
      Set<String> refIds = new HashSet<>();
      for (JsonNode target : targets) {
        String refId = target.path("refId").asString();
        String expr = target.path("expr").asString();
        assertFalse(refId.isEmpty(), () -> "dashboard.json: panel " + id + ": a target without refId: " + target);
        assertFalse(expr.isEmpty(), () -> "dashboard.json: panel " + id + ": a target without expr: " + target);
        assertTrue(refIds.add(refId), () -> "dashboard.json: panel " + id + ": refId " + refId + " used twice");
        assertTrue(target.has("legendFormat"), () -> "dashboard.json: panel " + id + ": a target without legendFormat: "
            + target);
        expressions.put("dashboard:panel_" + id + "_" + refId.replaceAll("[^A-Za-z0-9_]", "_"),
            substitute(expr, variables));
      }
    }

    Set<String> samples = artifacts.sampleNames();
    for (Map.Entry<String, String> entry : expressions.entrySet()) {
      String expr = entry.getValue();
      List<PromQlSelectors.Selector> selectors = PromQlSelectors.of(expr);
      assertFalse(selectors.isEmpty(), () -> entry.getKey() + ": no selector in " + expr);
      for (PromQlSelectors.Selector selector : selectors) {
        checkNamesCatalogued(entry.getKey(), expr, selector, samples);
      }
    }

    Map<String, Object> group = new LinkedHashMap<>();
    group.put("name", "dashboard");
    List<Map<String, Object>> rules = new ArrayList<>();
    expressions.forEach((record, expr) -> {
      Map<String, Object> rule = new LinkedHashMap<>();
      rule.put("record", record);
      rule.put("expr", expr);
      rules.add(rule);
    });
    group.put("rules", rules);
    DumperOptions options = new DumperOptions();
    options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
    options.setWidth(400);
    Path directory = directory(work, artifacts, "check-dashboard");
    Files.writeString(directory.resolve("dashboard_rules.yml"),
        new Yaml(options).dump(Map.of("groups", List.of(group))));
    PrometheusTools.promtool(directory, "check", "rules", "dashboard_rules.yml").assertSuccess();
  }

  private static final Pattern UNDEFINED_VARIABLE = Pattern.compile("\\$[A-Za-z_{]|\\[\\[");

  /** {@code expr} with Grafana's variables replaced: the built-in intervals, and the dashboard's own by {@code .*}. */
  static String substitute(String expr, List<String> variables) {
    Map<String, String> values = new LinkedHashMap<>(BUILT_IN_VARIABLES);
    for (String variable : variables) {
      values.putIfAbsent(variable, ".*");
    }
    List<String> names = new ArrayList<>(values.keySet());
    names.sort(Comparator.comparingInt(String::length).reversed());
    String result = expr;
    for (String name : names) {
      String value = values.get(name);
      result = result.replaceAll("\\$\\{" + Pattern.quote(name) + "(:[^}]*)?\\}", Matcher.quoteReplacement(value))
          .replace("[[" + name + "]]", value)
          .replaceAll("\\$" + Pattern.quote(name) + "(?![A-Za-z0-9_])", Matcher.quoteReplacement(value));
    }
    String substituted = result;
    // what is left of the form $name, ${name} or [[name]] is a variable Grafana does not know and leaves in
    // the query; $1 is label_replace's reference to a regular expression group, which Grafana leaves too
    assertFalse(UNDEFINED_VARIABLE.matcher(substituted).find(),
        () -> "dashboard.json: a variable the dashboard does not define in " + expr);
    return substituted;
  }

  private static void checkNamesCatalogued(String rule, String expr, PromQlSelectors.Selector selector,
      Set<String> samples) {
    String where = rule + " (" + expr + ")";
    if (selector.metricName() == null && selector.nameMatchers().isEmpty()) {
      fail(where + ": a selector without a metric name: " + selector);
    }
    if (selector.metricName() != null) {
      assertTrue(catalogued(selector.metricName(), samples),
          () -> where + ": " + selector.metricName() + " is not in metrics.json");
    }
    for (PromQlSelectors.Matcher matcher : selector.nameMatchers()) {
      switch (matcher.operator()) {
        case "=" -> assertTrue(catalogued(matcher.value(), samples),
            () -> where + ": " + matcher.value() + " is not in metrics.json");
        case "=~" -> {
          Pattern pattern;
          try {
            pattern = Pattern.compile(matcher.value());
          } catch (PatternSyntaxException e) {
            throw new AssertionError(where + ": not a regular expression: " + matcher.value(), e);
          }
          boolean matchesOne = SCRAPE_METRICS.stream().anyMatch(name -> pattern.matcher(name).matches())
              || samples.stream().anyMatch(sample -> pattern.matcher(sample.replace("{key}", "example")).matches());
          assertTrue(matchesOne, () -> where + ": __name__=~\"" + matcher.value()
              + "\" matches no metric of metrics.json");
        }
        default -> {
          // != and !~ select by exclusion: nothing to look up
        }
      }
    }
  }

  private static boolean catalogued(String name, Set<String> samples) {
    if (SCRAPE_METRICS.contains(name) || samples.contains(name)) {
      return true;
    }
    for (String sample : samples) {
      if (sample.contains("{key}")) {
        String regex = String.join("[A-Za-z0-9_:]+",
            Arrays.stream(sample.split("\\{key\\}", -1)).map(Pattern::quote).toList());
        if (name.matches(regex)) {
          return true;
        }
      }
    }
    return false;
  }

  private static void collectPanels(JsonNode panels, List<JsonNode> into) {
    for (JsonNode panel : panels) {
      into.add(panel);
      collectPanels(panel.path("panels"), into);
    }
  }

  /**
   * kubernetes.yaml: a Deployment, a Service and a ServiceMonitor, each valid under its schema
   * ({@link KubernetesSchemas}); the Deployment's selector matches its pod labels, the Service's
   * selector the pod labels, the ServiceMonitor's selector the Service's labels; the Service's port
   * and the ServiceMonitor's endpoint are the port named {@code metrics}, the container's port the
   * exporter's; the ServiceMonitor scrapes {@code /metrics} at scrape.yml's interval and timeout;
   * and no secret flag's value is written in: its variable comes from a Secret.
   */
  public static void checkKubernetes(OperatorArtifacts artifacts) {
    List<Map<String, Object>> documents = artifacts.kubernetes();
    Map<String, Map<String, Object>> byKind = new LinkedHashMap<>();
    for (Map<String, Object> document : documents) {
      assertNotNull(document, "kubernetes.yaml: an empty document");
      String kind = String.valueOf(document.get("kind"));
      assertTrue(byKind.put(kind, document) == null, () -> "kubernetes.yaml: two documents of kind " + kind);
      List<String> errors = KubernetesSchemas.validate(document);
      assertEquals(List.of(), errors, () -> "kubernetes.yaml: the " + kind + " does not match its schema");
    }
    assertEquals(Set.of("Deployment", "Service", "ServiceMonitor"), byKind.keySet(), "kubernetes.yaml: the kinds");

    JsonNode deployment = OperatorArtifacts.tree(byKind.get("Deployment"));
    JsonNode service = OperatorArtifacts.tree(byKind.get("Service"));
    JsonNode monitor = OperatorArtifacts.tree(byKind.get("ServiceMonitor"));
    assertEquals(artifacts.name(), deployment.path("metadata").path("name").asString(), "Deployment name");
    Map<String, String> podLabels = strings(deployment.path("spec").path("template").path("metadata").path("labels"));
    assertSubset(strings(deployment.path("spec").path("selector").path("matchLabels")), podLabels,
        "the Deployment's selector vs its pod labels");
    assertSubset(strings(service.path("spec").path("selector")), podLabels, "the Service's selector vs the pod labels");
    assertFalse(strings(service.path("spec").path("selector")).isEmpty(), "the Service selects no pods");
    assertSubset(strings(monitor.path("spec").path("selector").path("matchLabels")),
        strings(service.path("metadata").path("labels")), "the ServiceMonitor's selector vs the Service's labels");
    assertFalse(strings(monitor.path("spec").path("selector").path("matchLabels")).isEmpty(),
        "the ServiceMonitor selects no Service");

    List<JsonNode> containers = OperatorArtifacts.elements(
        deployment.path("spec").path("template").path("spec").path("containers"));
    assertEquals(1, containers.size(), "the Deployment's containers");
    JsonNode container = containers.get(0);
    JsonNode containerPort = OperatorArtifacts.elements(container.path("ports")).stream()
        .filter(port -> port.path("name").asString().equals("metrics")).findFirst()
        .orElseGet(() -> fail("the container has no port named metrics: " + container.path("ports")));
    assertEquals(artifacts.port(), containerPort.path("containerPort").asInt(), "the container's metrics port");
    JsonNode servicePort = OperatorArtifacts.elements(service.path("spec").path("ports")).stream()
        .filter(port -> port.path("name").asString().equals("metrics")).findFirst()
        .orElseGet(() -> fail("the Service has no port named metrics: " + service.path("spec").path("ports")));
    JsonNode targetPort = servicePort.path("targetPort");
    assertTrue(targetPort.isMissingNode() || targetPort.asString().equals("metrics")
        || targetPort.asInt() == artifacts.port(), () -> "the Service's targetPort " + targetPort
        + " is not the container's metrics port");
    List<JsonNode> endpoints = OperatorArtifacts.elements(monitor.path("spec").path("endpoints"));
    assertFalse(endpoints.isEmpty(), "the ServiceMonitor has no endpoints");
    Map<String, Object> job = artifacts.exporterJob();
    for (JsonNode endpoint : endpoints) {
      assertEquals("metrics", endpoint.path("port").asString(), "the ServiceMonitor endpoint's port");
      assertEquals("/metrics", endpoint.path("path").asString("/metrics"), "the ServiceMonitor endpoint's path");
      assertEquals(String.valueOf(job.get("scrape_interval")), endpoint.path("interval").asString(),
          "the ServiceMonitor's interval vs scrape.yml");
      assertEquals(String.valueOf(job.get("scrape_timeout")), endpoint.path("scrapeTimeout").asString(),
          "the ServiceMonitor's scrapeTimeout vs scrape.yml");
    }

    Map<String, JsonNode> env = new LinkedHashMap<>();
    for (JsonNode variable : container.path("env")) {
      env.put(variable.path("name").asString(), variable);
    }
    for (JsonNode flag : artifacts.flags()) {
      if (!flag.path("secret").asBoolean(false)) {
        continue;
      }
      String option = flag.path("option").asString();
      for (JsonNode arg : container.path("args")) {
        assertFalse(arg.asString().startsWith(option + "="), () -> "the secret flag " + option + " is given in args");
      }
      JsonNode envName = flag.get("env");
      if (envName != null && envName.isString()) {
        JsonNode variable = env.get(envName.asString());
        assertNotNull(variable, () -> "the secret flag " + option + "'s variable " + envName.asString()
            + " is not set in the Deployment");
        assertFalse(variable.has("value"), () -> "the secret flag " + option + "'s variable has a literal value");
        assertTrue(variable.path("valueFrom").has("secretKeyRef"),
            () -> "the secret flag " + option + "'s variable is not taken from a Secret: " + variable);
      }
    }
  }

  private static Map<String, String> strings(JsonNode object) {
    Map<String, String> map = new LinkedHashMap<>();
    if (object.isObject()) {
      for (Map.Entry<String, JsonNode> entry : object.properties()) {
        map.put(entry.getKey(), entry.getValue().asString());
      }
    }
    return map;
  }

  private static void assertSubset(Map<String, String> subset, Map<String, String> of, String what) {
    for (Map.Entry<String, String> entry : subset.entrySet()) {
      assertEquals(entry.getValue(), of.get(entry.getKey()), () -> what + ": " + subset + " not in " + of);
    }
  }

  private static Path directory(Path work, OperatorArtifacts artifacts, String check) throws IOException {
    return Files.createDirectories(work.resolve(artifacts.name()).resolve(check));
  }
}
