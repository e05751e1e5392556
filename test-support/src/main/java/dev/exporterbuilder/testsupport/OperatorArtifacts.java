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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The operator artifacts the processor writes for one exporter, {@code metrics.json},
 * {@code METRICS.md}, {@code alerts.yml}, {@code dashboard.json}, {@code scrape.yml} and
 * {@code kubernetes.yaml}, read from the directory it copies them to,
 * {@code target/exporter-builder/<exporter>/}, and parsed with real parsers (Jackson for JSON,
 * SnakeYAML for YAML). {@link ArtifactChecks} puts them through promtool and the schemas.
 */
public final class OperatorArtifacts {

  /** The files the processor writes for every exporter. */
  public static final List<String> FILES =
      List.of("metrics.json", "METRICS.md", "alerts.yml", "dashboard.json", "scrape.yml", "kubernetes.yaml");

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final Path directory;
  private final JsonNode metrics;
  private final JsonNode dashboard;
  private final Map<String, Object> alerts;
  private final Map<String, Object> scrape;
  private final List<Map<String, Object>> kubernetes;

  private OperatorArtifacts(Path directory) throws IOException {
    this.directory = directory;
    this.metrics = JSON.readTree(text("metrics.json"));
    this.dashboard = JSON.readTree(text("dashboard.json"));
    this.alerts = yamlMap("alerts.yml");
    this.scrape = yamlMap("scrape.yml");
    List<Map<String, Object>> documents = new ArrayList<>();
    for (Object document : yaml().loadAll(text("kubernetes.yaml"))) {
      assertTrue(document instanceof Map, () -> "kubernetes.yaml: a document that is not a mapping: " + document);
      documents.add(cast(document));
    }
    this.kubernetes = List.copyOf(documents);
  }

  /**
   * The artifacts in {@code directory}, a {@code target/exporter-builder/<exporter>/}; fails if a
   * file is missing or does not parse.
   */
  public static OperatorArtifacts load(Path directory) throws IOException {
    for (String file : FILES) {
      assertTrue(Files.isRegularFile(directory.resolve(file)), () -> "missing " + directory.resolve(file));
    }
    OperatorArtifacts artifacts = new OperatorArtifacts(directory);
    assertEquals(directory.toAbsolutePath().normalize().getFileName().toString(), artifacts.name(),
        () -> "metrics.json: exporter.name is not the name of its directory " + directory);
    return artifacts;
  }

  /**
   * The artifacts of every exporter under {@code root}, a {@code target/exporter-builder/}, in the
   * order of their names; fails if there are none.
   */
  public static List<OperatorArtifacts> loadAll(Path root) throws IOException {
    assertTrue(Files.isDirectory(root), () -> root + " does not exist: were the exporters compiled by the processor?");
    List<Path> directories;
    try (Stream<Path> children = Files.list(root)) {
      directories = children.filter(Files::isDirectory).sorted().toList();
    }
    assertFalse(directories.isEmpty(), () -> "no exporter's artifacts under " + root);
    List<OperatorArtifacts> all = new ArrayList<>();
    for (Path directory : directories) {
      all.add(load(directory));
    }
    return all;
  }

  /** The directory the files are in. */
  public Path directory() {
    return directory;
  }

  /** The path of {@code file}, one of {@link #FILES}. */
  public Path path(String file) {
    return directory.resolve(file);
  }

  /** The text of {@code file}, one of {@link #FILES}. */
  public String text(String file) throws IOException {
    return Files.readString(path(file));
  }

  /** metrics.json, the catalog. */
  public JsonNode metrics() {
    return metrics;
  }

  /** dashboard.json, the Grafana dashboard. */
  public JsonNode dashboard() {
    return dashboard;
  }

  /** alerts.yml, the Prometheus rules file. */
  public Map<String, Object> alerts() {
    return alerts;
  }

  /** scrape.yml, the scrape configuration. */
  public Map<String, Object> scrape() {
    return scrape;
  }

  /** The documents of kubernetes.yaml, in their order. */
  public List<Map<String, Object>> kubernetes() {
    return kubernetes;
  }

  /** The exporter's name, {@code exporter.name} of the catalog. */
  public String name() {
    return required(metrics, "exporter", "name").asString();
  }

  /** The exporter's namespace, the prefix of its own metrics. */
  public String namespace() {
    return required(metrics, "exporter", "namespace").asString();
  }

  /** The exporter's default port. */
  public int port() {
    return required(metrics, "exporter", "port").asInt();
  }

  /** The catalog's collectors, as in metrics.json. */
  public List<JsonNode> collectors() {
    return elements(metrics.get("collectors"));
  }

  /** The catalog's self-metric families, as in metrics.json. */
  public List<JsonNode> selfMetrics() {
    return elements(metrics.get("selfMetrics"));
  }

  /** The catalog's flags, as in metrics.json. */
  public List<JsonNode> flags() {
    return elements(metrics.get("flags"));
  }

  /** Every family of the catalog: the collectors', the probes' and the self-metrics. */
  public List<JsonNode> families() {
    List<JsonNode> families = new ArrayList<>();
    for (JsonNode collector : collectors()) {
      families.addAll(elements(collector.get("families")));
    }
    for (JsonNode probe : elements(metrics.get("probes"))) {
      families.addAll(elements(probe.get("families")));
    }
    families.addAll(selfMetrics());
    return families;
  }

  /**
   * Every sample name of the catalog's families; those of families named from data keep their
   * {@code {key}} placeholder.
   */
  public Set<String> sampleNames() {
    Set<String> names = new LinkedHashSet<>();
    for (JsonNode family : families()) {
      for (JsonNode sample : elements(family.get("samples"))) {
        names.add(sample.asString());
      }
    }
    return names;
  }

  /** The self-metric family whose name ends with {@code suffix}, e.g. {@code _scrape_collector_success}. */
  public Optional<JsonNode> selfMetric(String suffix) {
    return selfMetrics().stream().filter(family -> family.path("name").asString().endsWith(suffix)).findFirst();
  }

  /** The scrape_configs of scrape.yml. */
  public List<Map<String, Object>> scrapeConfigs() {
    Object configs = scrape.get("scrape_configs");
    assertTrue(configs instanceof List, () -> "scrape.yml: scrape_configs is not a list: " + configs);
    List<Map<String, Object>> list = new ArrayList<>();
    for (Object config : (List<?>) configs) {
      assertTrue(config instanceof Map, () -> "scrape.yml: a scrape config that is not a mapping: " + config);
      list.add(cast(config));
    }
    return list;
  }

  /** The scrape config of the exporter's own job, the one named as the exporter. */
  public Map<String, Object> exporterJob() {
    return scrapeConfigs().stream()
        .filter(config -> name().equals(config.get("job_name")))
        .findFirst()
        .orElseGet(() -> fail("scrape.yml has no job named " + name() + ": " + scrape));
  }

  /** The exporter job's scrape_timeout. */
  public Duration scrapeTimeout() {
    Object timeout = exporterJob().get("scrape_timeout");
    assertNotNull(timeout, "scrape.yml: the job " + name() + " has no scrape_timeout");
    return Durations.parse(timeout.toString());
  }

  /** The exporter job's first static target, e.g. {@code localhost:9101}. */
  public String target() {
    Object staticConfigs = exporterJob().get("static_configs");
    assertTrue(staticConfigs instanceof List<?> list && !list.isEmpty(),
        () -> "scrape.yml: the job " + name() + " has no static_configs");
    Map<String, Object> first = cast(((List<?>) staticConfigs).get(0));
    Object targets = first.get("targets");
    assertTrue(targets instanceof List<?> list && !list.isEmpty(), () -> "scrape.yml: no targets in " + first);
    return ((List<?>) targets).get(0).toString();
  }

  /** The alerting rules of alerts.yml, over all its groups. */
  public List<Map<String, Object>> alertingRules() {
    List<Map<String, Object>> rules = new ArrayList<>();
    Object groups = alerts.get("groups");
    assertTrue(groups instanceof List, () -> "alerts.yml: groups is not a list: " + groups);
    for (Object group : (List<?>) groups) {
      Map<String, Object> map = cast(group);
      Object groupRules = map.get("rules");
      assertTrue(groupRules instanceof List, () -> "alerts.yml: a group without rules: " + map);
      for (Object rule : (List<?>) groupRules) {
        Map<String, Object> ruleMap = cast(rule);
        if (ruleMap.containsKey("alert")) {
          rules.add(ruleMap);
        }
      }
    }
    return rules;
  }

  @Override
  public String toString() {
    return directory.toString();
  }

  static JsonNode required(JsonNode node, String... path) {
    JsonNode current = node;
    for (String key : path) {
      current = current.get(key);
      String at = String.join(".", path);
      assertNotNull(current, () -> "metrics.json: no " + at);
    }
    return current;
  }

  static List<JsonNode> elements(JsonNode array) {
    List<JsonNode> list = new ArrayList<>();
    if (array != null && array.isArray()) {
      array.forEach(list::add);
    }
    return list;
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> cast(Object map) {
    assertTrue(map instanceof Map, () -> "not a mapping: " + map);
    return (Map<String, Object>) map;
  }

  static Yaml yaml() {
    return new Yaml(new SafeConstructor(new LoaderOptions()));
  }

  private Map<String, Object> yamlMap(String file) throws IOException {
    Object document = yaml().load(text(file));
    assertTrue(document instanceof Map, () -> file + " is not a YAML mapping");
    return cast(document);
  }

  static JsonNode tree(Object value) {
    return JSON.valueToTree(value);
  }

  static JsonNode parseJson(String json) {
    return JSON.readTree(json);
  }
}
