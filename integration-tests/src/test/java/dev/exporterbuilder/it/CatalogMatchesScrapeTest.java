package dev.exporterbuilder.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.exporterbuilder.runtime.ExporterRuntime;
import dev.exporterbuilder.runtime.RunningExporter;
import dev.exporterbuilder.runtime.cli.Options;
import dev.exporterbuilder.runtime.generated.ExporterDefinition;
import dev.exporterbuilder.testsupport.Http;
import java.net.InetSocketAddress;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What every exporter of these tests serves is what the {@code metrics.json} the processor wrote for
 * it lists: each family of an OpenMetrics scrape (but the JVM's, the process's and the handler's) is in the catalog
 * with its type, each sample has a name the catalog gives, and every family of fixed name that has
 * samples is served.
 */
class CatalogMatchesScrapeTest {

  private static final Path ARTIFACTS = Path.of("target/exporter-builder");
  private static final String OPEN_METRICS = "application/openmetrics-text; version=1.0.0; charset=utf-8";
  private static final Pattern TYPE = Pattern.compile("# TYPE (\\S+) (\\S+)");
  /** What {@code --web.disable-exporter-metrics} switches off, which metrics.json does not list. */
  private static final Pattern EXPORTER_METRICS = Pattern.compile("jvm_|process_|promhttp_");
  private static final Pattern SAMPLE = Pattern.compile("([a-zA-Z_:][a-zA-Z0-9_:]*)[{ ].*");

  /** Families that are served only when their member has a value; the test exporters leave these empty. */
  private static final List<String> MAY_BE_ABSENT = List.of(
      "queue_it_queue_oldest_message_age_seconds",
      // client_java instruments with labels have no series until the code observes something
      "queue_it_rpc_requests", "queue_it_rpc_latency_seconds");

  @Test
  void everyExporterServesWhatItsCatalogLists() throws Exception {
    List<Path> exporters;
    try (Stream<Path> directories = Files.list(ARTIFACTS)) {
      exporters = directories.sorted().toList();
    }
    assertTrue(exporters.size() >= 4, () -> "the test exporters' operator files: " + exporters);
    for (Path directory : exporters) {
      JsonNode catalog = new ObjectMapper().readTree(directory.resolve("metrics.json").toFile());
      check(catalog);
    }
  }

  private static void check(JsonNode catalog) throws Exception {
    String exporter = catalog.get("exporter").get("name").asText();
    Map<String, JsonNode> families = new LinkedHashMap<>();
    Map<String, String> collectorOf = new LinkedHashMap<>();
    List<String> disabled = new ArrayList<>();
    for (JsonNode collector : catalog.get("collectors")) {
      if (!collector.get("enabledByDefault").asBoolean()) {
        disabled.add(collector.get("name").asText());
      }
      collector.get("families").forEach(family -> {
        families.put(family.get("name").asText(), family);
        collectorOf.put(family.get("name").asText(), collector.get("name").asText());
      });
    }
    catalog.get("selfMetrics").forEach(family -> {
      if (!family.get("name").asText().startsWith("probe_")) {
        families.put(family.get("name").asText(), family);
      }
    });
    Class<?> main = Class.forName(catalog.get("exporter").get("class").asText() + "Main");
    ExporterDefinition definition = (ExporterDefinition) main.getMethod("definition").invoke(null);
    String body;
    try (RunningExporter running = ExporterRuntime.start(definition, Map.of(), "--web.listen-address=127.0.0.1:0")) {
      InetSocketAddress address = running.addresses().get(0);
      HttpResponse<String> response = Http.get(address, "/metrics", "Accept", OPEN_METRICS);
      assertEquals(200, response.statusCode(), exporter);
      body = response.body();
    }
    List<String> served = new ArrayList<>();
    JsonNode current = null;
    for (String line : body.split("\n")) {
      Matcher type = TYPE.matcher(line);
      if (type.matches()) {
        String name = type.group(1);
        boolean exporterMetric = EXPORTER_METRICS.matcher(name).lookingAt();
        current = exporterMetric ? null : find(families, name);
        if (!exporterMetric) {
          assertNotNull(current, exporter + ": " + name + " is served but not in metrics.json");
          assertEquals(current.get("type").asText(), type.group(2), exporter + ": type of " + name);
          served.add(current.get("name").asText());
        }
        continue;
      }
      Matcher sample = SAMPLE.matcher(line);
      if (current != null && !line.startsWith("#") && sample.matches()) {
        String name = sample.group(1);
        JsonNode family = current;
        boolean listed = false;
        for (JsonNode listedName : family.get("samples")) {
          listed |= matches(listedName.asText(), family.get("keyed").asBoolean(), name);
        }
        boolean created = name.endsWith("_created");
        assertTrue(listed || created, exporter + ": sample " + name + " is not one of " + family.get("samples"));
      }
    }
    // the families of a failing or disabled collector may be missing, as may those of members without a value
    Matcher failure = Pattern.compile(Pattern.quote(catalog.get("exporter").get("namespace").asText())
        + "_scrape_collector_success\\{collector=\"([^\"]+)\"} 0").matcher(body);
    List<String> failed = new ArrayList<>(disabled);
    boolean cachedEnabled = false;
    for (JsonNode collector : catalog.get("collectors")) {
      cachedEnabled |= !collector.get("cache").isNull() && !disabled.contains(collector.get("name").asText());
    }
    List<String> optional = new ArrayList<>(MAY_BE_ABSENT);
    if (!cachedEnabled) {
      // no cached collector runs: the cache age family has no series
      optional.add(catalog.get("exporter").get("namespace").asText() + "_scrape_collector_cache_age_seconds");
    }
    while (failure.find()) {
      failed.add(failure.group(1));
    }
    List<String> missing = new ArrayList<>();
    for (JsonNode family : families.values()) {
      String name = family.get("name").asText();
      if (!family.get("keyed").asBoolean() && !optional.contains(name)
          && (!collectorOf.containsKey(name) || !failed.contains(collectorOf.get(name)))
          && !served.contains(name)) {
        missing.add(name);
      }
    }
    assertEquals(List.of(), missing, exporter + ": in metrics.json but not served");
    assertFalse(served.isEmpty(), exporter);
  }

  @Test
  void flagDefaultsAreThoseHelpShows() throws Exception {
    try (Stream<Path> directories = Files.list(ARTIFACTS)) {
      for (Path directory : directories.sorted().toList()) {
        JsonNode catalog = new ObjectMapper().readTree(directory.resolve("metrics.json").toFile());
        Class<?> main = Class.forName(catalog.get("exporter").get("class").asText() + "Main");
        String usage = Options.usage((ExporterDefinition) main.getMethod("definition").invoke(null));
        // one entry per option: its left column, then its text, which may start on the next line
        Map<String, String> entries = new LinkedHashMap<>();
        for (String entry : usage.split("\n(?=  -|      -)")) {
          String option = entry.strip().split("[=\\s]")[0].replace("[no-]", "");
          entries.put(option, entry.replaceAll("\\s+", " "));
        }
        for (JsonNode flag : catalog.get("flags")) {
          String option = flag.get("option").asText();
          String entry = entries.get(option);
          assertNotNull(entry, option + " is not in --help:\n" + usage);
          if (flag.get("secret").asBoolean()) {
            assertTrue(flag.get("default").isNull(), option);
          } else if (!flag.get("default").isNull()) {
            assertTrue(entry.contains("(default: " + flag.get("default").asText() + ")"),
                option + ": metrics.json says " + flag.get("default") + ", --help: " + entry);
          }
        }
      }
    }
  }

  private static JsonNode find(Map<String, JsonNode> families, String name) {
    JsonNode fixed = families.get(name);
    if (fixed != null) {
      return fixed;
    }
    for (JsonNode family : families.values()) {
      if (family.get("keyed").asBoolean() && matches(family.get("name").asText(), true, name)) {
        return family;
      }
    }
    return null;
  }

  private static boolean matches(String listed, boolean keyed, String name) {
    return keyed ? name.matches(Pattern.quote(listed).replace("{key}", "\\E.+\\Q")) : listed.equals(name);
  }
}
