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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.spi.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The runtime as a named module: an exporter whose {@code Main} is on the class path, or in a named
 * module of its own, with the runtime and its dependencies on the module path starts, serves and
 * scrapes.
 */
class ModulePathTest {

  @Test
  void anExporterServesWithTheRuntimeOnTheModulePath() throws Exception {
    try (ExporterProcess exporter = ExporterProcess.startModule(modulePath(), List.of(testClasses()),
        List.of("dev.exporterbuilder.runtime"), ModulePathMain.class.getName(), "--web.listen-address=127.0.0.1:0")) {
      assertServes(exporter, "null");
    }
  }

  /**
   * The exporter in a named module whose descriptor says only {@code requires
   * dev.exporterbuilder.runtime;}: the runtime's API, the generated-code package and client_java's
   * data model are all it needs to read.
   */
  @Test
  void anExporterInANamedModuleNeedsOnlyToRequireTheRuntime(@TempDir Path dir) throws Exception {
    Path module = Files.createDirectories(dir.resolve("exporter"));
    Path source = Files.writeString(Files.createDirectories(dir.resolve("src")).resolve("module-info.java"),
        "module dev.exporterbuilder.modulepath { requires dev.exporterbuilder.runtime; }\n");
    Path classes = testClasses().resolve("dev/exporterbuilder/modulepath");
    Path target = Files.createDirectories(module.resolve("dev/exporterbuilder/modulepath"));
    try (var files = Files.list(classes)) {
      for (Path file : files.toList()) {
        Files.copy(file, target.resolve(file.getFileName()));
      }
    }
    String modulePath = String.join(File.pathSeparator, modulePath().stream().map(Path::toString).toList());
    assertEquals(0, ToolProvider.findFirst("javac").orElseThrow().run(System.out, System.err,
        "--module-path", modulePath, "-d", module.toString(), source.toString()));
    List<Path> withExporter = new ArrayList<>(modulePath());
    withExporter.add(module);
    try (ExporterProcess exporter = ExporterProcess.startModule(withExporter, List.of(), List.of(),
        "dev.exporterbuilder.modulepath/" + ModulePathMain.class.getName(), "--web.listen-address=127.0.0.1:0")) {
      assertServes(exporter, "dev.exporterbuilder.modulepath");
    }
  }

  private static void assertServes(ExporterProcess exporter, String exporterModule) throws Exception {
    InetSocketAddress address = exporter.awaitListening();
    assertEquals(List.of("exporter module: " + exporterModule, "runtime module: dev.exporterbuilder.runtime"),
        exporter.stderr().subList(0, 2), exporter::describe);
    String body = Http.scrape(address);
    assertTrue(body.contains("module_path_up 1.0"), body);
    assertTrue(body.contains("module_path_exporter_scrape_collector_success{collector=\"up\"} 1.0"), body);
    assertTrue(body.contains("jvm_"), body);
  }

  private static Path testClasses() throws Exception {
    return Path.of(ModulePathMain.class.getProtectionDomain().getCodeSource().getLocation().toURI());
  }

  /** The runtime and its dependencies, without the tests' classes and test libraries. */
  private static List<Path> modulePath() throws Exception {
    Path runtimeClasses = Path.of(ExporterRuntime.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    Path testClasses = testClasses();
    return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
        .map(Path::of)
        .filter(path -> !path.equals(testClasses))
        .filter(path -> path.equals(runtimeClasses) || path.toString().endsWith(".jar") || Files.exists(path.resolve("module-info.class")))
        .filter(path -> !path.getFileName().toString().matches("(junit|opentest4j|apiguardian|exporter-builder-test-support).*"))
        .toList();
  }
}
