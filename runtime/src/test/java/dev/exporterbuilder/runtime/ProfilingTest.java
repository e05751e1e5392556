package dev.exporterbuilder.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.exporterbuilder.runtime.generated.CollectorDefinition;
import dev.exporterbuilder.runtime.generated.ExporterDefinition;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --profiling}: a thread dump and a flight recording that the JDK's {@code jfr} tool reads. */
class ProfilingTest {

  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  private final List<RunningExporter> started = new ArrayList<>();

  @AfterEach
  void stop() {
    started.forEach(RunningExporter::close);
  }

  private URI start(String... flags) throws ExporterException {
    List<String> args = new ArrayList<>(List.of("--web.listen-address=127.0.0.1:0", "--web.disable-exporter-metrics"));
    args.addAll(List.of(flags));
    RunningExporter exporter = ExporterRuntime.start(
        ExporterDefinition.builder("profiled", 9999, ProfilingTest.class)
            .collector(CollectorDefinition.of("thermal", true, new GaugeCollector("profiled_celsius", 1, null)))
            .build(),
        args.toArray(new String[0]));
    started.add(exporter);
    return URI.create("http://127.0.0.1:" + exporter.addresses().get(0).getPort());
  }

  private HttpResponse<byte[]> get(URI base, String path) throws Exception {
    return http.send(HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30)).build(),
        HttpResponse.BodyHandlers.ofByteArray());
  }

  @Test
  void offByDefault() throws Exception {
    URI base = start();
    assertEquals(404, get(base, "/debug/threads").statusCode());
    assertEquals(404, get(base, "/debug/jfr?seconds=1").statusCode());
    assertFalse(new String(get(base, "/").body(), StandardCharsets.UTF_8).contains("/debug/"));
  }

  @Test
  void threadDumpHasEveryThreadWithItsWholeStack() throws Exception {
    URI base = start("--profiling");
    HttpResponse<byte[]> response = get(base, "/debug/threads");
    assertEquals(200, response.statusCode());
    String dump = new String(response.body(), StandardCharsets.UTF_8);
    assertTrue(dump.contains("\"exporter-http-"), dump);
    assertTrue(dump.contains("dev.exporterbuilder.runtime.web.Profiling.threads(Profiling.java"), "the serving thread's own stack: " + dump);
    assertTrue(dump.lines().filter(line -> line.startsWith("\tat ")).count() > 20, dump);
    String landing = new String(get(base, "/").body(), StandardCharsets.UTF_8);
    assertTrue(landing.contains("href=\"./debug/threads\"") && landing.contains("href=\"./debug/jfr?seconds=10\""),
        landing);
  }

  @Test
  void flightRecordingIsReadByTheJfrTool(@TempDir Path directory) throws Exception {
    URI base = start("--profiling");
    CompletableFuture<HttpResponse<byte[]>> recording = http.sendAsync(
        HttpRequest.newBuilder(base.resolve("/debug/jfr?seconds=2")).timeout(Duration.ofSeconds(30)).build(),
        HttpResponse.BodyHandlers.ofByteArray());
    Thread.sleep(700); // well inside the 2 s recording, even on a loaded machine
    HttpResponse<byte[]> second = get(base, "/debug/jfr?seconds=1");
    assertEquals(409, second.statusCode(), "one recording at a time");

    HttpResponse<byte[]> response = recording.get(30, TimeUnit.SECONDS);
    assertEquals(200, response.statusCode());
    assertEquals("application/octet-stream", response.headers().firstValue("Content-Type").orElse(""));
    Path file = directory.resolve("exporter.jfr");
    Files.write(file, response.body());

    Path jfr = Path.of(System.getProperty("java.home"), "bin", "jfr");
    Process process = new ProcessBuilder(jfr.toString(), "summary", file.toString()).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(process.waitFor(60, TimeUnit.SECONDS));
    assertEquals(0, process.exitValue(), output);
    // events recorded at every chunk's start: the file holds a recording, not just the event types
    java.util.regex.Matcher information = java.util.regex.Pattern.compile("jdk\\.CPUInformation\\s+(\\d+)")
        .matcher(output);
    assertTrue(information.find() && Integer.parseInt(information.group(1)) >= 1, output);
  }

  @Test
  void invalidSecondsAreABadRequest() throws Exception {
    URI base = start("--profiling");
    for (String seconds : List.of("0", "301", "ten", "-1")) {
      HttpResponse<byte[]> response = get(base, "/debug/jfr?seconds=" + seconds);
      assertEquals(400, response.statusCode(), seconds);
      assertEquals("seconds must be a whole number from 1 to 300, not \"" + seconds + "\"\n",
          new String(response.body(), StandardCharsets.UTF_8));
    }
  }
}
