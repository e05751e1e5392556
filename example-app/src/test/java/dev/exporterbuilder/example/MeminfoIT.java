package dev.exporterbuilder.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.exporterbuilder.testsupport.ExporterProcess;
import dev.exporterbuilder.testsupport.Http;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The meminfo collector, whose families are named from data, served over HTTP: what node_exporter 1.5
 * serves for the same {@code /proc/meminfo} (a copy of one machine's, with node_exporter's output
 * for it: see the fixture's README), keys that name no valid or no free family, and {@code name[]}.
 */
class MeminfoIT {

  private static final Path FIXTURE = Fixtures.PROCFS.resolveSibling("meminfo-1.5");

  @Test
  void servesNodeExportersMeminfoFamilies() throws Exception {
    Map<String, String> expected = familyLines(
        Files.readString(FIXTURE.resolve("node_exporter-1.5.0.txt")).replace("node_memory_", "host_memory_"));
    try (ExporterProcess exporter = ExporterProcess.start(HostExporterMain.class,
        "--web.listen-address=127.0.0.1:0", "--path.procfs=" + FIXTURE.resolve("proc"),
        "--path.sysfs=" + Fixtures.SYSFS)) {
      Map<String, String> served = familyLines(Http.scrape(exporter.awaitListening()));

      assertEquals(54, expected.size() / 3);
      assertEquals(expected, served);
    }
  }

  @Test
  void aKeyWithoutAValidOrFreeNameCostsOnlyItsSampleAndIsCounted(@TempDir Path procfs) throws Exception {
    // "()" names nothing; "Active_anon" takes the name "Active(anon)" gets too, so the second one is dropped
    Fixtures.write(procfs, "meminfo", "MemTotal:  2 kB\nActive(anon):  3 kB\nActive_anon:  4 kB\n():  5 kB\n"
        + "HugePages_Total:  6\n");
    try (ExporterProcess exporter = ExporterProcess.start(HostExporterMain.class,
        "--web.listen-address=127.0.0.1:0", "--path.procfs=" + procfs, "--path.sysfs=" + Fixtures.SYSFS)) {
      Exposition metrics = Exposition.parse(Http.scrape(exporter.awaitListening()));

      assertEquals(2048, metrics.valueOf("host_memory_MemTotal_bytes"));
      assertEquals(3072, metrics.valueOf("host_memory_Active_anon_bytes"));
      assertEquals(6, metrics.valueOf("host_memory_HugePages_Total"));
      assertEquals(2, metrics.valueOf("host_scrape_collector_dropped_samples_total{collector=\"meminfo\"}"));
      assertEquals(1, metrics.valueOf("host_scrape_collector_success{collector=\"meminfo\"}"));
      assertFalse(metrics.hasSampleStartingWith("host_memory__"), metrics::toString);

      Exposition again = Exposition.parse(Http.scrape(exporter.awaitListening()));
      assertEquals(4, again.valueOf("host_scrape_collector_dropped_samples_total{collector=\"meminfo\"}"));
    }
  }

  @Test
  void aFamilyNamedFromDataCanBeAskedForByName() throws Exception {
    try (ExporterProcess exporter = Fixtures.startExporter()) {
      String body = Http.get(exporter.awaitListening(), "/metrics?name%5B%5D=host_memory_MemTotal_bytes&name%5B%5D=host_load1")
          .body();
      Exposition metrics = Exposition.parse(body);

      assertEquals(Fixtures.MEMORY_TOTAL_BYTES, metrics.valueOf("host_memory_MemTotal_bytes"));
      assertEquals(Fixtures.LOAD1, metrics.valueOf("host_load1"));
      assertFalse(metrics.hasSampleNamed("host_memory_MemFree_bytes"), body);
      assertFalse(metrics.hasSampleNamed("host_load5"), body);
    }
  }

  /**
   * The {@code host_memory_} lines by what they say: {@code HELP <name>}, {@code TYPE <name>} and
   * {@code <name>} (a sample) to the rest of the line, a sample's value normalised so that
   * {@code 1.077248e+06} equals {@code 1077248.0}.
   */
  private static Map<String, String> familyLines(String exposition) {
    Map<String, String> lines = new TreeMap<>();
    for (String line : exposition.lines().toList()) {
      List<String> words = List.of(line.split(" ", 4));
      if (line.startsWith("# HELP host_memory_") || line.startsWith("# TYPE host_memory_")) {
        lines.put(words.get(1) + " " + words.get(2), line.substring(line.indexOf(words.get(2)) + words.get(2).length()));
      } else if (line.startsWith("host_memory_")) {
        lines.put(words.get(0), String.valueOf(Double.parseDouble(words.get(1))));
      }
    }
    return lines;
  }
}
