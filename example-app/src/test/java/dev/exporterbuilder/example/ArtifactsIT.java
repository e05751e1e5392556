package dev.exporterbuilder.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.exporterbuilder.testsupport.ExporterProcess;
import dev.exporterbuilder.testsupport.Http;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.Test;

/**
 * The operator files of the host exporter: in {@code target/exporter-builder/host/} after
 * {@code mvn package}, the same in the shaded jar an operator deploys, printed by
 * {@code --print-artifact}, and listing every family the exporter serves.
 */
class ArtifactsIT {

  private static final Path JAR = Path.of(System.getProperty("example.jar", "target/exporter-builder-example-app.jar"));
  private static final Path TARGET = Path.of("target/exporter-builder/host");
  private static final String RESOURCES = "META-INF/exporter-builder/host/";
  private static final List<String> FILES =
      List.of("metrics.json", "METRICS.md", "alerts.yml", "dashboard.json", "scrape.yml", "kubernetes.yaml");
  private static final Pattern TYPE = Pattern.compile("# TYPE (\\S+) (\\S+)");

  @Test
  void targetAndShadedJarHoldTheSameFiles() throws IOException {
    assertTrue(Files.isRegularFile(JAR), JAR + " is missing: run mvn package");
    try (JarFile jar = new JarFile(JAR.toFile())) {
      for (String file : FILES) {
        Path copy = TARGET.resolve(file);
        assertTrue(Files.isRegularFile(copy), copy + " is missing");
        ZipEntry entry = jar.getEntry(RESOURCES + file);
        assertTrue(entry != null, RESOURCES + file + " is not in " + JAR);
        try (InputStream in = jar.getInputStream(entry)) {
          assertEquals(Files.readString(copy), new String(in.readAllBytes(), StandardCharsets.UTF_8), file);
        }
      }
    }
  }

  @Test
  void shadedJarPrintsEachFile() throws Exception {
    for (String file : FILES) {
      try (ExporterProcess process = ExporterProcess.startJar(JAR, "--print-artifact=" + file)) {
        assertEquals(0, process.awaitExit(), file + ": " + process.stderr());
        assertEquals(Files.readString(TARGET.resolve(file)), String.join("\n", process.stdout()) + "\n", file);
      }
    }
  }

  @Test
  void catalogListsEveryServedFamilyWithItsType() throws Exception {
    String catalog = Files.readString(TARGET.resolve("metrics.json"));
    String body;
    try (ExporterProcess exporter = ExporterProcess.startJar(JAR, Fixtures.exporterArgs())) {
      InetSocketAddress address = exporter.awaitListening();
      body = Http.get(address, "/metrics", "Accept", "application/openmetrics-text; version=1.0.0").body();
    }
    List<String> checked = new ArrayList<>();
    for (String line : body.split("\n")) {
      Matcher type = TYPE.matcher(line);
      if (!type.matches() || type.group(1).matches("(jvm|process|promhttp)_.*")) {
        continue;
      }
      String name = type.group(1);
      Pattern entry = Pattern.compile("\"name\": \"([^\"]+)\",\\s*\"type\": \"" + Pattern.quote(type.group(2)) + "\"");
      Matcher families = entry.matcher(catalog);
      boolean listed = false;
      while (families.find()) {
        String listedName = families.group(1);
        listed |= listedName.equals(name)
            || listedName.contains("{key}") && name.matches(Pattern.quote(listedName).replace("{key}", "\\E.+\\Q"));
      }
      assertTrue(listed, name + " (" + type.group(2) + ") is served but not in metrics.json");
      checked.add(name);
    }
    assertTrue(checked.contains("host_cpu_seconds") && checked.contains("host_memory_MemTotal_bytes")
        && checked.contains("host_scrape_collector_success"), checked::toString);
  }
}
