package dev.exporterbuilder.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.exporterbuilder.testsupport.ExporterProcess;
import dev.exporterbuilder.testsupport.Http;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code @Init} and {@link AutoCloseable} objects of an exporter in a JVM of its own, stopped by SIGTERM. */
class LifecycleProcessTest {

  private static final String LOCAL = "--web.listen-address=127.0.0.1:0";

  @Test
  void initSeesTheFlagsAndSigtermClosesInReverseOrder() throws Exception {
    try (ExporterProcess process = ExporterProcess.start(LifecycleExporterMain.class, LOCAL, "--target=db.example:5432",
        "--web.disable-exporter-metrics")) {
      assertEquals(200, Http.get(process.awaitListening(), "/metrics").statusCode());
      process.terminate();
      assertEquals(0, process.awaitExit(), process.describe());
      assertEquals(List.of(
          "init exporter target=db.example:5432",
          "init db target=db.example:5432",
          "init cache target=db.example:5432",
          "close cache",
          "close db",
          "close exporter"), process.stdout(), "the disabled collector spare is neither initialised nor closed");
    }
  }

  @Test
  void aHangingCloseIsAbandonedAndShutdownCompletes() throws Exception {
    try (ExporterProcess process = ExporterProcess.start(LifecycleExporterMain.class, LOCAL, "--hang-close=cache",
        "--web.disable-exporter-metrics")) {
      // a scrape first, as in MainProcessTest: the signal handlers are installed just after the log line
      assertEquals(200, Http.get(process.awaitListening(), "/metrics").statusCode());
      process.terminate();
      assertEquals(0, process.awaitExit(), process.describe());
      assertEquals(List.of("close cache", "close db", "close exporter"), process.stdout().subList(3, 6));
      assertTrue(process.stderr().stream().anyMatch(line -> line.endsWith(
          " level=warn msg=\"Close did not finish, abandoned\" class=cache timeout=5000ms")), process.describe());
    }
  }

  @Test
  void hangingClosesShareOneDeadlineAndThoseLeftAfterItAreSkippedWithOneLine() throws Exception {
    try (ExporterProcess process = ExporterProcess.start(LifecycleExporterMain.class, LOCAL,
        "--hang-close=cache,db,exporter", "--web.disable-exporter-metrics")) {
      assertEquals(200, Http.get(process.awaitListening(), "/metrics").statusCode());
      process.terminate();
      assertEquals(0, process.awaitExit(), process.describe());
      // cache and db each hang for their five seconds, which spends the ten of the whole shutdown
      assertEquals(List.of("close cache", "close db"), process.stdout().subList(3, process.stdout().size()),
          process.describe());
      List<String> warnings = process.stderr().stream().filter(line -> line.contains("level=warn")).toList();
      assertEquals(3, warnings.size(), process.describe());
      assertTrue(warnings.get(0).endsWith(" level=warn msg=\"Close did not finish, abandoned\" class=cache timeout=5000ms"),
          process.describe());
      assertTrue(warnings.get(1).contains(" level=warn msg=\"Close did not finish, abandoned\" class=db timeout="),
          process.describe());
      assertTrue(warnings.get(2).endsWith(
          " level=warn msg=\"Close skipped, shutdown took too long\" classes=exporter timeout=10000ms"), process.describe());
    }
  }

  @Test
  void anInitThatThrowsExits1WithOneLineAndClosesWhatWasInitialised() throws Exception {
    try (ExporterProcess process = ExporterProcess.start(LifecycleExporterMain.class, LOCAL, "--fail-init=cache",
        "--target=nowhere")) {
      assertEquals(1, process.awaitExit(), process.describe());
      assertEquals(List.of(
          "init exporter target=nowhere",
          "init db target=nowhere",
          "close db",
          "close exporter"), process.stdout());
      List<String> errors = process.stderr().stream().filter(line -> line.contains("level=error")).toList();
      assertEquals(1, errors.size(), process.describe());
      assertTrue(errors.get(0).endsWith(
          " level=error msg=\"Cannot initialise\" method=cache.init err=\"IOException: cannot reach nowhere\""),
          errors.get(0));
      assertTrue(process.stderr().stream().noneMatch(line -> line.contains("Listening on")), process.describe());
    }
  }
}
