package dev.exporterbuilder.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The operator files the processor writes for each exporter (under
 * {@code src/test/resources/artifacts}): byte for byte the golden files under
 * {@code src/test/resources/golden-artifacts} ({@code -Dgolden.update=true} rewrites them), read back
 * with real JSON and YAML parsers, the same on every build, and copied where the option says.
 */
class ArtifactsTest {

  private static final Path GOLDEN = Path.of("src/test/resources/golden-artifacts");
  private static final String RESOURCES = "META-INF/exporter-builder/";
  private static final List<String> FILES =
      List.of("METRICS.md", "alerts.yml", "dashboard.json", "kubernetes.yaml", "metrics.json", "scrape.yml");
  private static final ObjectMapper JSON = new ObjectMapper();

  private static List<JavaFileObject> inputs() {
    Path root = Sources.resourceDirectory("artifacts");
    return Sources.javaFiles(root).stream().map(file -> Sources.fileObject(root, file)).toList();
  }

  /** Every operator file of the compilation, by {@code <exporter>/<file>}. */
  private static Map<String, String> generate(String... options) {
    Compilation compilation = Compiler.javac()
        .withProcessors(new ExporterProcessor())
        .withOptions(withLint(options))
        .compile(inputs());
    assertEquals(Compilation.Status.SUCCESS, compilation.status(), () -> compilation.diagnostics().toString());
    Map<String, String> files = new TreeMap<>();
    for (JavaFileObject file : compilation.generatedFiles()) {
      String path = file.toUri().getPath();
      int at = path.indexOf(RESOURCES);
      if (at >= 0) {
        try {
          files.put(path.substring(at + RESOURCES.length()), file.getCharContent(true).toString());
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }
    return files;
  }

  private static List<String> withLint(String... options) {
    List<String> all = new ArrayList<>(List.of(Sources.LINT, "-Werror", "--release", "17"));
    all.addAll(List.of(options));
    return all;
  }

  @Test
  void filesMatchGoldenFiles() throws IOException {
    Map<String, String> generated = generate();
    List<String> expected = new ArrayList<>();
    for (String exporter : List.of("cpu-temp", "water-plant")) {
      FILES.forEach(file -> expected.add(exporter + "/" + file));
    }
    assertEquals(expected, List.copyOf(generated.keySet()));
    for (Map.Entry<String, String> file : generated.entrySet()) {
      Path golden = GOLDEN.resolve(file.getKey());
      if (Boolean.getBoolean("golden.update")) {
        Files.createDirectories(golden.getParent());
        Files.writeString(golden, file.getValue());
        continue;
      }
      assertTrue(Files.exists(golden), "no golden file for " + file.getKey() + "; run with -Dgolden.update=true");
      assertEquals(Files.readString(golden), file.getValue(), file.getKey() + " differs from its golden file");
    }
  }

  @Test
  void outputIsDeterministic() {
    Map<String, String> first = generate();
    assertEquals(first, generate());
    first.forEach((name, content) -> {
      assertFalse(content.contains("\r"), name + " has a carriage return");
      assertTrue(content.endsWith("\n") && !content.endsWith("\n\n"), name + " does not end with one line break");
    });
  }

  @Test
  void metricsJsonIsTheCatalog() throws IOException {
    JsonNode root = JSON.readTree(generate().get("water-plant/metrics.json"));
    assertEquals(List.of("exporter", "flags", "collectors", "probes", "selfMetrics"), fieldNames(root));
    JsonNode exporter = root.get("exporter");
    assertEquals(List.of("name", "namespace", "help", "port", "metricsPath", "class"), fieldNames(exporter));
    assertEquals("water-plant", exporter.get("name").asText());
    assertEquals("water_plant", exporter.get("namespace").asText());
    assertEquals(9879, exporter.get("port").asInt());
    assertEquals("/metrics", exporter.get("metricsPath").asText());
    assertEquals("com.example.plant.PlantExporter", exporter.get("class").asText());

    Map<String, JsonNode> flags = byKey(root.get("flags"), "option");
    assertEquals(List.of("--gateway.address", "--gateway-password", "--collector.tanks.ids",
        "--collector.tanks.sensor-wait"), List.copyOf(flags.keySet()));
    JsonNode gateway = flags.get("--gateway.address");
    assertEquals("Host and port of the \"plant\" gateway.", gateway.get("help").asText());
    assertEquals("localhost:502", gateway.get("default").asText());
    assertEquals("PLANT_GATEWAY", gateway.get("env").asText());
    assertTrue(gateway.get("collector").isNull());
    JsonNode password = flags.get("--gateway-password");
    assertTrue(password.get("secret").asBoolean());
    assertTrue(password.get("default").isNull(), "a secret's default is never written");
    assertFalse(generate().values().stream().anyMatch(content -> content.contains("changeme")));
    assertEquals("tanks", flags.get("--collector.tanks.ids").get("collector").asText());
    assertEquals("a, b", flags.get("--collector.tanks.ids").get("default").asText());
    assertEquals("1.5s", flags.get("--collector.tanks.sensor-wait").get("default").asText());

    Map<String, JsonNode> collectors = byKey(root.get("collectors"), "name");
    assertEquals(List.of("tanks", "pumps", "audit"), List.copyOf(collectors.keySet()));
    JsonNode tanks = collectors.get("tanks");
    assertEquals(90.0, tanks.get("cache").asDouble());
    assertEquals(12.0, tanks.get("timeout").asDouble());
    assertTrue(tanks.get("enabledByDefault").asBoolean());
    assertEquals(List.of("site", "area"), texts(tanks.get("constLabels")));
    assertFalse(collectors.get("audit").get("enabledByDefault").asBoolean());
    assertTrue(collectors.get("pumps").get("cache").isNull());

    Map<String, JsonNode> families = new TreeMap<>();
    for (JsonNode collector : root.get("collectors")) {
      for (JsonNode family : collector.get("families")) {
        assertEquals(List.of("name", "type", "unit", "help", "labels", "samples", "keyed"), fieldNames(family));
        families.put(family.get("name").asText(), family);
      }
    }
    assertFamily(families, "water_plant_level_meters", "gauge", List.of("tank", "site", "area"),
        List.of("water_plant_level_meters"));
    assertEquals("Water level per tank. (cached, refreshed every 1m30s)",
        families.get("water_plant_level_meters").get("help").asText());
    assertFamily(families, "water_plant_sensor", "info", List.of("version", "build", "site", "area"),
        List.of("water_plant_sensor_info"));
    assertFamily(families, "water_plant_mode", "stateset", List.of("water_plant_mode", "site", "area"),
        List.of("water_plant_mode"));
    assertFamily(families, "water_plant_{key}_temperature_celsius", "gauge", List.of("site", "area"),
        List.of("water_plant_{key}_temperature_celsius"));
    assertTrue(families.get("water_plant_{key}_temperature_celsius").get("keyed").asBoolean());
    assertFamily(families, "water_plant_pump_runtime_seconds", "counter", List.of("pump", "site"),
        List.of("water_plant_pump_runtime_seconds_total"));
    assertFamily(families, "water_plant_pump_startup_seconds", "histogram", List.of("site"),
        List.of("water_plant_pump_startup_seconds_bucket", "water_plant_pump_startup_seconds_count",
            "water_plant_pump_startup_seconds_sum"));
    assertFamily(families, "water_plant_pump_priming_seconds", "summary", List.of("site"),
        List.of("water_plant_pump_priming_seconds", "water_plant_pump_priming_seconds_count",
            "water_plant_pump_priming_seconds_sum"));
    assertFamily(families, "water_plant_pump_pulses", "unknown", List.of("site"), List.of("water_plant_pump_pulses"));

    JsonNode probe = root.get("probes").get(0);
    assertEquals("http", probe.get("name").asText());
    assertEquals(List.of("probe_http_status_code", "probe_http_duration_seconds"),
        texts(probe.get("families")).isEmpty() ? List.of() : names(probe.get("families")));

    assertEquals(List.of("water_plant_scrape_collector_duration_seconds", "water_plant_scrape_collector_success",
            "water_plant_scrape_collector_cache_age_seconds", "water_plant_scrape_collector_dropped_samples",
            "water_plant_exporter_build_info", "probe_success", "probe_duration_seconds"),
        names(root.get("selfMetrics")));
    assertEquals(List.of("water_plant_scrape_collector_dropped_samples_total"),
        texts(root.get("selfMetrics").get(3).get("samples")));

    JsonNode simple = JSON.readTree(generate().get("cpu-temp/metrics.json"));
    assertEquals(List.of("cpu_temp_scrape_collector_duration_seconds", "cpu_temp_scrape_collector_success",
        "cpu_temp_exporter_build_info"), names(simple.get("selfMetrics")));
    assertEquals(0, simple.get("flags").size());
    assertEquals(0, simple.get("probes").size());
  }

  @Test
  void alertsAreAPrometheusRulesFile() {
    Map<String, Object> rules = yaml(generate().get("water-plant/alerts.yml"));
    List<Map<String, Object>> groups = list(rules.get("groups"));
    assertEquals(1, groups.size());
    assertEquals("water-plant", groups.get(0).get("name"));
    Map<String, Map<String, Object>> alerts = new TreeMap<>();
    for (Map<String, Object> rule : list(groups.get(0).get("rules"))) {
      alerts.put((String) rule.get("alert"), rule);
      Map<String, Object> annotations = map(rule.get("annotations"));
      assertEquals(Set.of("summary", "description", "runbook_url"), annotations.keySet());
      assertEquals("METRICS.md#" + ((String) rule.get("alert")).toLowerCase(), annotations.get("runbook_url"));
      assertTrue(Set.of("critical", "warning").contains(map(rule.get("labels")).get("severity")));
    }
    assertEquals(Set.of("WaterPlantExporterDown", "WaterPlantCollectorFailing", "WaterPlantCollectorStale",
        "WaterPlantScrapeNearTimeout"), alerts.keySet());
    assertEquals("up{job=\"water-plant\"} == 0", alerts.get("WaterPlantExporterDown").get("expr"));
    assertEquals("5m", alerts.get("WaterPlantExporterDown").get("for"));
    assertEquals("critical", map(alerts.get("WaterPlantExporterDown").get("labels")).get("severity"));
    assertEquals("water_plant_scrape_collector_success{job=\"water-plant\"} == 0",
        alerts.get("WaterPlantCollectorFailing").get("expr"));
    String description = (String) map(alerts.get("WaterPlantCollectorFailing").get("annotations")).get("description");
    assertTrue(description.contains("{{ $labels.collector }}") && description.contains("{{ $labels.instance }}"),
        description);
    assertEquals("water_plant_scrape_collector_cache_age_seconds{job=\"water-plant\",collector=\"tanks\"} > 270",
        alerts.get("WaterPlantCollectorStale").get("expr"));
    // tanks may take 12s: the scrape timeout is 14s
    assertEquals("scrape_duration_seconds{job=\"water-plant\"} > 0.8 * 14",
        alerts.get("WaterPlantScrapeNearTimeout").get("expr"));
    assertEquals("15m", alerts.get("WaterPlantScrapeNearTimeout").get("for"));

    String markdown = generate().get("water-plant/METRICS.md");
    for (String alert : alerts.keySet()) {
      assertTrue(markdown.contains("\n### " + alert + "\n"), "no runbook section for " + alert);
    }
    Map<String, Object> simple = yaml(generate().get("cpu-temp/alerts.yml"));
    List<String> simpleAlerts = new ArrayList<>();
    list(list(simple.get("groups")).get(0).get("rules")).forEach(rule -> simpleAlerts.add((String) rule.get("alert")));
    assertEquals(List.of("CpuTempExporterDown", "CpuTempCollectorFailing", "CpuTempScrapeNearTimeout"), simpleAlerts);
  }

  @Test
  void scrapeConfigHasTheJobAndTheProbeRelabelling() {
    Map<String, Object> config = yaml(generate().get("water-plant/scrape.yml"));
    assertEquals(Set.of("scrape_configs"), config.keySet());
    List<Map<String, Object>> jobs = list(config.get("scrape_configs"));
    assertEquals(2, jobs.size());
    Map<String, Object> job = jobs.get(0);
    assertEquals("water-plant", job.get("job_name"));
    assertEquals("15s", job.get("scrape_interval"));
    assertEquals("14s", job.get("scrape_timeout"));
    assertEquals("/metrics", job.get("metrics_path"));
    assertEquals(List.of("localhost:9879"), list(job.get("static_configs")).get(0).get("targets"));
    Map<String, Object> probe = jobs.get(1);
    assertEquals("water-plant-probe-http", probe.get("job_name"));
    assertEquals("/probe", probe.get("metrics_path"));
    assertEquals(Map.of("module", List.of("http")), probe.get("params"));
    List<Map<String, Object>> relabel = list(probe.get("relabel_configs"));
    assertEquals("__param_target", relabel.get(0).get("target_label"));
    assertEquals("instance", relabel.get(1).get("target_label"));
    assertEquals("__address__", relabel.get(2).get("target_label"));
    assertEquals("localhost:9879", relabel.get(2).get("replacement"));

    Map<String, Object> simple = yaml(generate().get("cpu-temp/scrape.yml"));
    assertEquals(1, list(simple.get("scrape_configs")).size());
    assertEquals("10s", list(simple.get("scrape_configs")).get(0).get("scrape_timeout"));
  }

  @Test
  void kubernetesManifestsAreDeploymentServiceAndServiceMonitor() {
    List<Map<String, Object>> documents = new ArrayList<>();
    for (Object document : new Yaml(new SafeConstructor(new LoaderOptions()))
        .loadAll(generate().get("water-plant/kubernetes.yaml"))) {
      documents.add(map(document));
    }
    assertEquals(List.of("Deployment", "Service", "ServiceMonitor"),
        documents.stream().map(document -> document.get("kind")).toList());
    assertEquals(List.of("apps/v1", "v1", "monitoring.coreos.com/v1"),
        documents.stream().map(document -> document.get("apiVersion")).toList());
    Map<String, Object> pod = map(map(map(documents.get(0).get("spec")).get("template")).get("spec"));
    Map<String, Object> container = list(pod.get("containers")).get(0);
    assertEquals(List.of(Map.of("name", "metrics", "containerPort", 9879)), container.get("ports"));
    assertEquals("/-/healthy", map(map(container.get("readinessProbe")).get("httpGet")).get("path"));
    assertEquals("/-/healthy", map(map(container.get("livenessProbe")).get("httpGet")).get("path"));
    List<Map<String, Object>> env = list(container.get("env"));
    assertEquals("JAVA_TOOL_OPTIONS", env.get(0).get("name"));
    assertTrue(((String) env.get(0).get("value")).contains("-XX:+UseSerialGC"));
    assertEquals("PLANT_GATEWAY_PASSWORD", env.get(1).get("name"));
    assertEquals(Map.of("secretKeyRef", Map.of("name", "water-plant", "key", "plant_gateway_password")),
        env.get(1).get("valueFrom"));
    assertEquals(2, env.size(), "only secret flags come from the environment");
    Map<String, Object> security = map(container.get("securityContext"));
    assertEquals(true, security.get("readOnlyRootFilesystem"));
    assertEquals(false, security.get("allowPrivilegeEscalation"));
    assertEquals(true, map(pod.get("securityContext")).get("runAsNonRoot"));
    assertEquals("metrics", list(map(documents.get(1).get("spec")).get("ports")).get(0).get("name"));
    Map<String, Object> endpoint = list(map(documents.get(2).get("spec")).get("endpoints")).get(0);
    assertEquals(Map.of("port", "metrics", "path", "/metrics", "interval", "15s", "scrapeTimeout", "14s"), endpoint);
  }

  @Test
  void dashboardQueriesNameOnlyCatalogMetrics() throws IOException {
    Map<String, String> generated = generate();
    for (String exporter : List.of("water-plant", "cpu-temp")) {
      JsonNode dashboard = JSON.readTree(generated.get(exporter + "/dashboard.json"));
      assertEquals(39, dashboard.get("schemaVersion").asInt());
      Map<String, JsonNode> variables = byKey(dashboard.get("templating").get("list"), "name");
      assertEquals("datasource", variables.get("datasource").get("type").asText());
      assertEquals("prometheus", variables.get("datasource").get("query").asText());
      JsonNode instance = variables.get("instance");
      assertTrue(instance.get("multi").asBoolean() && instance.get("includeAll").asBoolean());
      String namespace = exporter.replace('-', '_');
      assertEquals("label_values(" + namespace + "_exporter_build_info{job=\"" + exporter + "\"}, instance)",
          instance.get("query").asText());

      Set<String> known = new HashSet<>(Set.of("up", "scrape_duration_seconds"));
      List<String> patterns = new ArrayList<>();
      JsonNode catalog = JSON.readTree(generated.get(exporter + "/metrics.json"));
      List<JsonNode> families = new ArrayList<>();
      catalog.get("collectors").forEach(collector -> collector.get("families").forEach(families::add));
      catalog.get("probes").forEach(probe -> probe.get("families").forEach(families::add));
      catalog.get("selfMetrics").forEach(families::add);
      for (JsonNode family : families) {
        for (JsonNode sample : family.get("samples")) {
          if (family.get("keyed").asBoolean()) {
            patterns.add(sample.asText().replace("{key}", ".+"));
          } else {
            known.add(sample.asText());
          }
        }
      }
      Set<Integer> ids = new HashSet<>();
      List<String> rows = new ArrayList<>();
      for (JsonNode panel : dashboard.get("panels")) {
        assertTrue(ids.add(panel.get("id").asInt()), "panel id " + panel.get("id") + " twice");
        JsonNode grid = panel.get("gridPos");
        assertTrue(grid.get("x").asInt() + grid.get("w").asInt() <= 24, panel::toString);
        if (panel.get("type").asText().equals("row")) {
          rows.add(panel.get("title").asText());
          continue;
        }
        assertTrue(panel.get("targets").size() > 0, panel::toString);
        for (JsonNode target : panel.get("targets")) {
          for (String key : List.of("expr", "refId", "legendFormat")) {
            assertNotNull(target.get(key), key + " missing in " + target);
          }
          String expr = target.get("expr").asText().replace("$__rate_interval", "5m").replace("$instance", ".*");
          for (String metric : metricNames(expr)) {
            assertTrue(known.contains(metric), metric + " of " + expr + " is not in metrics.json");
          }
          Matcher regex = Pattern.compile("__name__=~\"([^\"]+)\"").matcher(expr);
          while (regex.find()) {
            assertTrue(patterns.contains(regex.group(1)), regex.group(1) + " matches no family named from data");
          }
        }
      }
      List<String> expectedRows = new ArrayList<>(List.of("Exporter"));
      catalog.get("collectors").forEach(collector -> expectedRows.add("Collector " + collector.get("name").asText()));
      catalog.get("probes").forEach(probe -> expectedRows.add("Prober " + probe.get("name").asText()));
      assertEquals(expectedRows, rows);
    }
  }

  /** The metric names an expression selects by name: identifiers followed by a selector or range. */
  private static List<String> metricNames(String expr) {
    List<String> names = new ArrayList<>();
    Matcher matcher = Pattern.compile("(?<![\\w\"=~.:])([a-zA-Z_:][a-zA-Z0-9_:]*)\\s*\\{").matcher(expr);
    while (matcher.find()) {
      names.add(matcher.group(1));
    }
    return names;
  }

  @Test
  void optionNamesTheCopyDirectory(@TempDir Path directory) throws IOException {
    Map<String, String> generated = generate("-Aexporterbuilder.artifacts=" + directory);
    for (Map.Entry<String, String> file : generated.entrySet()) {
      Path copy = directory.resolve(file.getKey());
      assertTrue(Files.exists(copy), copy + " missing");
      assertEquals(file.getValue(), Files.readString(copy));
    }
  }

  @Test
  void mavenClassOutputGetsACopyInTarget(@TempDir Path directory) throws IOException {
    Path classes = directory.resolve("target/classes");
    compileTo(classes);
    for (String file : FILES) {
      Path resource = classes.resolve(RESOURCES + "cpu-temp/" + file);
      Path copy = directory.resolve("target/exporter-builder/cpu-temp/" + file);
      assertTrue(Files.exists(copy), copy + " missing");
      assertEquals(Files.readString(resource), Files.readString(copy));
    }
  }

  @Test
  void otherClassOutputGetsNoCopy(@TempDir Path directory) throws IOException {
    Path classes = directory.resolve("build/classes");
    compileTo(classes);
    assertTrue(Files.exists(classes.resolve(RESOURCES + "cpu-temp/metrics.json")));
    try (var files = Files.walk(directory)) {
      assertEquals(List.of(), files.filter(path -> path.getFileName().toString().equals("exporter-builder")
          && !path.startsWith(classes)).toList());
    }
  }

  @Test
  void unwritableCopyIsAWarning(@TempDir Path directory) throws IOException {
    Path blocked = directory.resolve("file");
    Files.writeString(blocked, "not a directory");
    Compilation compilation = Compiler.javac()
        .withProcessors(new ExporterProcessor())
        .withOptions(Sources.LINT, "--release", "17", "-Aexporterbuilder.artifacts=" + blocked)
        .compile(inputs());
    assertEquals(Compilation.Status.SUCCESS, compilation.status(), () -> compilation.diagnostics().toString());
    String warnings = compilation.warnings().toString();
    assertTrue(warnings.contains(blocked.resolve("cpu-temp").resolve("metrics.json").toString()), warnings);
  }

  @Test
  void secondExporterOfTheSameNameIsAWarning() {
    JavaFileObject twin = com.google.testing.compile.JavaFileObjects.forSourceString("com.example.twin.Twin", """
        package com.example.twin;

        import dev.exporterbuilder.annotations.Exporter;
        import dev.exporterbuilder.annotations.Gauge;

        @Exporter(name = "cpu-temp", port = 9881)
        public class Twin {
          @Gauge(help = "Twin temperature.", unit = "celsius")
          static double temperature() {
            return 1;
          }
        }
        """);
    List<JavaFileObject> files = new ArrayList<>(inputs());
    files.add(twin);
    Compilation compilation = Compiler.javac()
        .withProcessors(new ExporterProcessor())
        .withOptions(Sources.LINT, "--release", "17")
        .compile(files);
    assertEquals(Compilation.Status.SUCCESS, compilation.status(), () -> compilation.diagnostics().toString());
    assertEquals(1, compilation.warnings().size(), () -> compilation.warnings().toString());
    assertTrue(compilation.warnings().get(0).getMessage(null).contains("named \"cpu-temp\" too"),
        () -> compilation.warnings().toString());
  }

  /** Compiles the simple exporter with javac writing to {@code classes}, as a build tool would. */
  private static void compileTo(Path classes) throws IOException {
    Files.createDirectories(classes);
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    Path source = Sources.resourceDirectory("artifacts").resolve("com/example/simple/CpuTempExporter.java");
    try (StandardJavaFileManager files = javac.getStandardFileManager(null, null, null)) {
      JavaCompiler.CompilationTask task = javac.getTask(null, files, null,
          List.of("--release", "17", "-d", classes.toString(), "-classpath", System.getProperty("java.class.path")),
          null, files.getJavaFileObjects(source));
      task.setProcessors(List.of(new ExporterProcessor()));
      assertTrue(task.call(), "compilation failed");
    }
  }

  private static void assertFamily(Map<String, JsonNode> families, String name, String type, List<String> labels,
      List<String> samples) {
    JsonNode family = families.get(name);
    assertNotNull(family, () -> name + " not in " + families.keySet());
    assertEquals(type, family.get("type").asText(), name);
    assertEquals(labels, texts(family.get("labels")), name);
    assertEquals(samples, texts(family.get("samples")), name);
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    Iterator<String> fields = node.fieldNames();
    fields.forEachRemaining(names::add);
    return names;
  }

  private static List<String> texts(JsonNode array) {
    List<String> texts = new ArrayList<>();
    array.forEach(element -> texts.add(element.asText()));
    return texts;
  }

  private static List<String> names(JsonNode array) {
    List<String> names = new ArrayList<>();
    array.forEach(element -> names.add(element.get("name").asText()));
    return names;
  }

  private static Map<String, JsonNode> byKey(JsonNode array, String key) {
    Map<String, JsonNode> byKey = new java.util.LinkedHashMap<>();
    array.forEach(element -> byKey.put(element.get(key).asText(), element));
    return byKey;
  }

  private static Map<String, Object> yaml(String text) {
    return map(new Yaml(new SafeConstructor(new LoaderOptions())).load(text));
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Object value) {
    return (Map<String, Object>) value;
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> list(Object value) {
    return (List<Map<String, Object>>) value;
  }
}
