package dev.exporterbuilder.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.exporterbuilder.modulepath.ModulePathMain;
import dev.exporterbuilder.testsupport.ExporterProcess;
import dev.exporterbuilder.testsupport.Http;
import java.io.File;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The runtime as a named module: an exporter whose {@code Main} is on the class path and the
 * runtime with its dependencies on the module path starts, serves and scrapes.
 */
class ModulePathTest {

  @Test
  void anExporterServesWithTheRuntimeOnTheModulePath() throws Exception {
    Path runtimeClasses = Path.of(ExporterRuntime.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    Path testClasses = Path.of(ModulePathMain.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    List<Path> modulePath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
        .map(Path::of)
        .filter(path -> !path.equals(testClasses))
        .filter(path -> path.equals(runtimeClasses) || path.toString().endsWith(".jar") || Files.exists(path.resolve("module-info.class")))
        .filter(path -> !path.getFileName().toString().matches("(junit|opentest4j|apiguardian|exporter-builder-test-support).*"))
        .toList();
    try (ExporterProcess exporter = ExporterProcess.startModule(modulePath, List.of(testClasses),
        List.of("dev.exporterbuilder.runtime"), ModulePathMain.class.getName(), "--web.listen-address=127.0.0.1:0")) {
      InetSocketAddress address = exporter.awaitListening();
      assertEquals("runtime module: dev.exporterbuilder.runtime", exporter.stderr().get(0), exporter::describe);
      String body = Http.scrape(address);
      assertTrue(body.contains("module_path_up 1.0"), body);
      assertTrue(body.contains("module_path_exporter_scrape_collector_success{collector=\"up\"} 1.0"), body);
      assertTrue(body.contains("jvm_"), body);
    }
  }
}
