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
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The runtime as a named module: an exporter whose {@code Main} is on the class path and the
 * runtime with its dependencies on the module path starts, serves and scrapes.
 */
class ModulePathTest {

  @Test
  void anExporterServesWithTheRuntimeOnTheModulePath(@TempDir Path dir) throws Exception {
    Path runtimeClasses = Path.of(ExporterRuntime.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    Path testClasses = Path.of(ModulePathMain.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    String modulePath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
        .map(Path::of)
        .filter(path -> !path.equals(testClasses))
        .filter(path -> path.equals(runtimeClasses) || path.toString().endsWith(".jar") || Files.exists(path.resolve("module-info.class")))
        .filter(path -> !path.getFileName().toString().matches("(junit|opentest4j|apiguardian).*"))
        .map(Path::toString)
        .collect(Collectors.joining(File.pathSeparator));
    Path stderr = dir.resolve("stderr.log");
    Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "--module-path", modulePath, "--add-modules", "dev.exporterbuilder.runtime",
        "-cp", testClasses.toString(), ModulePathMain.class.getName(), "--web.listen-address=127.0.0.1:0")
        .redirectError(stderr.toFile()).start();
    try {
      Pattern listening = Pattern.compile("msg=\"Listening on\" address=127\\.0\\.0\\.1:(\\d+)\n");
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
      Matcher matcher = listening.matcher("");
      while (!matcher.find() && System.nanoTime() < deadline && process.isAlive()) {
        Thread.sleep(20);
        matcher = listening.matcher(Files.readString(stderr));
      }
      assertTrue(matcher.find(0), Files.readString(stderr));
      assertTrue(Files.readString(stderr).startsWith("runtime module: dev.exporterbuilder.runtime\n"), Files.readString(stderr));
      HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
          URI.create("http://127.0.0.1:" + matcher.group(1) + "/metrics")).build(), HttpResponse.BodyHandlers.ofString());
      assertEquals(200, response.statusCode());
      assertTrue(response.body().contains("module_path_up 1.0"), response.body());
      assertTrue(response.body().contains("module_path_exporter_scrape_collector_success{collector=\"up\"} 1.0"), response.body());
      assertTrue(response.body().contains("jvm_"), response.body());
    } finally {
      process.destroyForcibly();
    }
  }
}
