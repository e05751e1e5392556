package dev.exporterbuilder.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.exporterbuilder.modulepath.ModulePathMain;
import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.spi.ToolProvider;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The runtime as a named module: an exporter whose {@code Main} is on the class path, or in a named
 * module of its own, with the runtime and its dependencies on the module path starts, serves and
 * scrapes.
 */
class ModulePathTest {

  @Test
  void anExporterServesWithTheRuntimeOnTheModulePath(@TempDir Path dir) throws Exception {
    String stderr = serve(dir, "--module-path", modulePath(), "--add-modules", "dev.exporterbuilder.runtime",
        "-cp", testClasses().toString(), ModulePathMain.class.getName());
    assertTrue(stderr.startsWith("exporter module: null\nruntime module: dev.exporterbuilder.runtime\n"), stderr);
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
    assertEquals(0, ToolProvider.findFirst("javac").orElseThrow().run(System.out, System.err,
        "--module-path", modulePath(), "-d", module.toString(), source.toString()));
    String stderr = serve(dir, "--module-path", modulePath() + File.pathSeparator + module,
        "-m", "dev.exporterbuilder.modulepath/" + ModulePathMain.class.getName());
    assertTrue(stderr.startsWith("exporter module: dev.exporterbuilder.modulepath\n"
        + "runtime module: dev.exporterbuilder.runtime\n"), stderr);
  }

  private static Path testClasses() throws Exception {
    return Path.of(ModulePathMain.class.getProtectionDomain().getCodeSource().getLocation().toURI());
  }

  /** The runtime and its dependencies, without the tests' classes and test libraries. */
  private static String modulePath() throws Exception {
    Path runtimeClasses = Path.of(ExporterRuntime.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    Path testClasses = testClasses();
    return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
        .map(Path::of)
        .filter(path -> !path.equals(testClasses))
        .filter(path -> path.equals(runtimeClasses) || path.toString().endsWith(".jar") || Files.exists(path.resolve("module-info.class")))
        .filter(path -> !path.getFileName().toString().matches("(junit|opentest4j|apiguardian).*"))
        .map(Path::toString)
        .collect(Collectors.joining(File.pathSeparator));
  }

  /** Starts {@code java} with {@code launch}, scrapes the exporter once and returns what it wrote to stderr. */
  private static String serve(Path dir, String... launch) throws Exception {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
    command.addAll(List.of(launch));
    command.add("--web.listen-address=127.0.0.1:0");
    Path stderr = dir.resolve("stderr.log");
    Process process = new ProcessBuilder(command).redirectError(stderr.toFile()).start();
    try {
      Pattern listening = Pattern.compile("msg=\"Listening on\" address=127\\.0\\.0\\.1:(\\d+)\n");
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
      Matcher matcher = listening.matcher("");
      while (!matcher.find() && System.nanoTime() < deadline && process.isAlive()) {
        Thread.sleep(20);
        matcher = listening.matcher(Files.readString(stderr));
      }
      assertTrue(matcher.find(0), Files.readString(stderr));
      HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
          URI.create("http://127.0.0.1:" + matcher.group(1) + "/metrics")).build(), HttpResponse.BodyHandlers.ofString());
      assertEquals(200, response.statusCode());
      assertTrue(response.body().contains("module_path_up 1.0"), response.body());
      assertTrue(response.body().contains("module_path_exporter_scrape_collector_success{collector=\"up\"} 1.0"), response.body());
      assertTrue(response.body().contains("jvm_"), response.body());
      return Files.readString(stderr);
    } finally {
      process.destroyForcibly();
    }
  }
}
