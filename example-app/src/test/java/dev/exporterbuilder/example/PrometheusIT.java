package dev.exporterbuilder.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import dev.exporterbuilder.testsupport.ExporterProcess;
import dev.exporterbuilder.testsupport.PrometheusTools;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A real Prometheus scrapes the example exporter and stores what it serves. */
class PrometheusIT {

  private static final Duration TARGET_UP_TIMEOUT = Duration.ofSeconds(30);
  /** The value of the first sample of an instant-vector query result: {@code "value":[<time>,"<value>"]}. */
  private static final Pattern FIRST_VALUE = Pattern.compile("\"value\":\\[[0-9.]+,\"([^\"]+)\"\\]");
  private static final Duration HTTP_TIMEOUT = Duration.ofSeconds(5);
  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(HTTP_TIMEOUT).build();

  @Test
  void prometheusScrapesTheExporter(@TempDir Path work) throws Exception {
    Path prometheusBinary = PrometheusTools.require("prometheus");
    try (ExporterProcess exporter = Fixtures.startExporter()) {
      int exporterPort = exporter.awaitListening().getPort();
      int prometheusPort = PrometheusTools.freePort();
      Path config = Files.writeString(work.resolve("prometheus.yml"), String.join("\n",
          "global:",
          "  scrape_interval: 1s",
          "  scrape_timeout: 1s",
          "scrape_configs:",
          "  - job_name: host",
          "    static_configs:",
          "      - targets: ['127.0.0.1:" + exporterPort + "']",
          ""));
      Path log = work.resolve("prometheus.log");
      // the working directory and every path Prometheus writes to are under the temporary directory
      Process prometheus = new ProcessBuilder(
              prometheusBinary.toString(),
              "--config.file=" + config,
              "--storage.tsdb.path=" + work.resolve("data"),
              "--web.listen-address=127.0.0.1:" + prometheusPort)
          .directory(work.toFile())
          .redirectErrorStream(true)
          .redirectOutput(log.toFile())
          .start();
      try {
        String up = awaitValue(prometheusPort, "up{job=\"host\"}", "1", log);
        Optional<String> memoryTotal = query(prometheusPort, "host_memory_total_bytes");
        System.out.println("Prometheus: up{job=\"host\"} = " + up + ", host_memory_total_bytes = " + memoryTotal.orElse("absent"));
        if (memoryTotal.isEmpty()) {
          fail("Prometheus has no host_memory_total_bytes; log:\n" + readLog(log));
        }
        assertEquals(Fixtures.MEMORY_TOTAL_BYTES, Double.parseDouble(memoryTotal.get()));
      } finally {
        prometheus.destroy();
        if (!prometheus.waitFor(10, TimeUnit.SECONDS)) {
          prometheus.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
        }
      }
    }
  }

  /** Polls {@code query} until its first value is {@code expected}, at most {@link #TARGET_UP_TIMEOUT}. */
  private static String awaitValue(int port, String query, String expected, Path log) throws Exception {
    long deadline = System.nanoTime() + TARGET_UP_TIMEOUT.toNanos();
    Optional<String> last = Optional.empty();
    while (System.nanoTime() < deadline) {
      try {
        last = query(port, query);
        if (last.filter(expected::equals).isPresent()) {
          return last.get();
        }
      } catch (IOException notListeningYet) {
        // Prometheus is still starting
      }
      Thread.sleep(250);
    }
    return fail(query + " was " + last.orElse("absent") + ", not " + expected + ", after " + TARGET_UP_TIMEOUT
        + "; Prometheus log:\n" + readLog(log));
  }

  /** The value of the first sample of an instant query, empty when the result is empty. */
  private static Optional<String> query(int port, String query) throws IOException, InterruptedException {
    URI uri = URI.create("http://127.0.0.1:" + port + "/api/v1/query?query="
        + URLEncoder.encode(query, StandardCharsets.UTF_8));
    HttpResponse<String> response = HTTP.send(
        HttpRequest.newBuilder(uri).timeout(HTTP_TIMEOUT).build(), HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new IOException("GET " + uri + ": " + response.statusCode() + " " + response.body());
    }
    Matcher value = FIRST_VALUE.matcher(response.body());
    return value.find() ? Optional.of(value.group(1)) : Optional.empty();
  }

  private static String readLog(Path log) throws IOException {
    return Files.exists(log) ? Files.readString(log) : "(no log)";
  }
}
