package dev.exporterbuilder.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.exporterbuilder.runtime.generated.CollectorDefinition;
import dev.exporterbuilder.runtime.generated.ExporterDefinition;
import dev.exporterbuilder.runtime.generated.FlagDefinition;
import dev.exporterbuilder.runtime.process.Log;
import io.prometheus.metrics.model.snapshots.GaugeSnapshot;
import io.prometheus.metrics.model.snapshots.GaugeSnapshot.GaugeDataPointSnapshot;
import io.prometheus.metrics.model.snapshots.Labels;
import io.prometheus.metrics.model.snapshots.MetricMetadata;
import io.prometheus.metrics.model.snapshots.MetricSnapshots;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A real exporter on 127.0.0.1, scraped over HTTP. */
class ExporterRuntimeTest {

  private static final String LOCAL = "--web.listen-address=127.0.0.1:0";
  private static final String NO_JVM = "--web.disable-exporter-metrics";

  private final HttpClient http = HttpClient.newBuilder()
      .version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(5))
      .build();
  private final List<RunningExporter> started = new ArrayList<>();

  private final GaugeCollector thermal = new GaugeCollector("test_temperature_celsius", 21.5, null);
  private final GaugeCollector flaky = new GaugeCollector("test_flaky_value", 3, "sensor offline");
  private final GaugeCollector spare = new GaugeCollector("test_spare_value", 5, null);

  @AfterEach
  void closeExporters() {
    started.forEach(RunningExporter::close);
  }

  private ExporterDefinition.Builder definition() {
    return ExporterDefinition.builder("test-exporter", 9999, ExporterRuntimeTest.class)
        .help("An exporter <for> tests & more.")
        .namespace("test")
        .collector(CollectorDefinition.of("thermal", true, thermal))
        .collector(CollectorDefinition.of("flaky", true, flaky))
        .collector(CollectorDefinition.of("spare", false, spare));
  }

  private RunningExporter start(ExporterDefinition definition, String... args) throws ExporterException {
    RunningExporter exporter = ExporterRuntime.start(definition, args);
    started.add(exporter);
    return exporter;
  }

  private static URI uri(RunningExporter exporter, String path) {
    return uri(exporter.addresses().get(0), path);
  }

  private static URI uri(InetSocketAddress address, String path) {
    return URI.create("http://127.0.0.1:" + address.getPort() + path);
  }

  private HttpResponse<String> get(URI uri) throws IOException, InterruptedException {
    return http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> send(String method, URI uri) throws IOException, InterruptedException {
    return http.send(HttpRequest.newBuilder(uri).method(method, HttpRequest.BodyPublishers.noBody()).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static void assertSample(String body, String sample) {
    assertTrue(body.lines().anyMatch(sample::equals), "no line \"" + sample + "\" in:\n" + body);
  }

  @Test
  void landingPageNamesTheExporterAndItsCollectors() throws Exception {
    RunningExporter exporter = start(definition().build(), LOCAL, NO_JVM);
    HttpResponse<String> response = get(uri(exporter, "/"));
    assertEquals(200, response.statusCode());
    assertEquals("text/html; charset=utf-8", response.headers().firstValue("Content-Type").orElse(""));
    String page = response.body();
    assertTrue(page.contains("<title>test-exporter</title>"), page);
    assertTrue(page.contains("<p>An exporter &lt;for&gt; tests &amp; more.</p>"), page);
    assertTrue(page.contains("Version: unknown (revision: unknown)"), page);
    assertTrue(page.contains("<a href=\"./metrics\">"), page);
    assertTrue(page.contains("<tr><td>thermal</td><td class=\"enabled\">enabled</td></tr>"), page);
    assertTrue(page.contains("<tr><td>flaky</td><td class=\"enabled\">enabled</td></tr>"), page);
    assertTrue(page.contains("<tr><td>spare</td><td class=\"disabled\">disabled</td></tr>"), page);
  }

  @Test
  void onlyExactPathsAreServed() throws Exception {
    RunningExporter exporter = start(definition().build(), LOCAL, NO_JVM);
    for (String path : List.of("/nope", "/index.html", "/metrics/", "/metricsx", "/-/healthy/x", "/-/ready")) {
      HttpResponse<String> response = get(uri(exporter, path));
      assertEquals(404, response.statusCode(), path);
      assertEquals("404 page not found\n", response.body(), path);
      assertEquals("text/plain; charset=utf-8", response.headers().firstValue("Content-Type").orElse(""), path);
    }
  }

  @Test
  void healthy() throws Exception {
    RunningExporter exporter = start(definition().build(), LOCAL, NO_JVM);
    HttpResponse<String> response = get(uri(exporter, "/-/healthy"));
    assertEquals(200, response.statusCode());
    assertEquals("Healthy", response.body());
    assertEquals("text/plain; charset=utf-8", response.headers().firstValue("Content-Type").orElse(""));
  }

  @Test
  void onlyGetAndHeadAreAllowed() throws Exception {
    RunningExporter exporter = start(definition().build(), LOCAL, NO_JVM);
    for (String path : List.of("/", "/metrics", "/-/healthy")) {
      for (String method : List.of("POST", "PUT", "DELETE", "OPTIONS")) {
        HttpResponse<String> response = send(method, uri(exporter, path));
        assertEquals(405, response.statusCode(), method + " " + path);
        assertEquals("GET, HEAD", response.headers().firstValue("Allow").orElse(""), method + " " + path);
      }
    }
    assertEquals(0, thermal.calls.get(), "a refused request must not scrape");
  }

  @Test
  void headGivesHeadersWithoutBody() throws Exception {
    RunningExporter exporter = start(definition().build(), LOCAL, NO_JVM);
    for (String path : List.of("/", "/-/healthy", "/metrics")) {
      HttpResponse<String> head = send("HEAD", uri(exporter, path));
      assertEquals(200, head.statusCode(), path);
      assertTrue(head.headers().firstValue("Content-Type").isPresent(), path);
      // HttpClient never reads a body after HEAD, so look at the bytes on the wire
      try (java.net.Socket socket = new java.net.Socket("127.0.0.1", exporter.addresses().get(0).getPort())) {
        socket.setSoTimeout(5_000);
        socket.getOutputStream().write(("HEAD " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
            .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        String raw = new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.ISO_8859_1);
        assertTrue(raw.startsWith("HTTP/1.1 200"), path + ": " + raw);
        assertEquals("", raw.substring(raw.indexOf("\r\n\r\n") + 4), path + ": HEAD must not send a body");
      }
    }
    HttpResponse<String> head = send("HEAD", uri(exporter, "/"));
    assertEquals(String.valueOf(get(uri(exporter, "/")).body().getBytes(java.nio.charset.StandardCharsets.UTF_8).length),
        head.headers().firstValue("Content-Length").orElse(""));
  }

  @Test
  void metricsCarrySamplesSelfMetricsAndBuildInfo() throws Exception {
    RunningExporter exporter = start(definition().build(), LOCAL, NO_JVM);
    HttpResponse<String> response = get(uri(exporter, "/metrics"));
    assertEquals(200, response.statusCode());
    assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/plain; version=0.0.4"));
    String body = response.body();
    assertSample(body, "# HELP test_temperature_celsius A value for test_temperature_celsius.");
    assertSample(body, "# TYPE test_temperature_celsius gauge");
    assertSample(body, "test_temperature_celsius 21.5");
    assertSample(body, "test_temperature_celsius_reading 7.0");
    assertSample(body, "test_flaky_value 3.0");
    assertFalse(body.contains("test_flaky_value_reading "), "the failed member has no sample:\n" + body);
    assertSample(body, "test_scrape_collector_success{collector=\"thermal\"} 1.0");
    assertSample(body, "test_scrape_collector_success{collector=\"flaky\"} 0.0");
    assertSample(body, "# HELP test_scrape_collector_success test-exporter: Whether a collector succeeded.");
    assertSample(body, "# TYPE test_scrape_collector_success gauge");
    assertSample(body, "# HELP test_scrape_collector_duration_seconds test-exporter: Duration of a collector scrape.");
    Matcher duration = Pattern.compile("(?m)^test_scrape_collector_duration_seconds\\{collector=\"thermal\"} (\\S+)$").matcher(body);
    assertTrue(duration.find(), body);
    double seconds = Double.parseDouble(duration.group(1));
    assertTrue(seconds > 0 && seconds < 5, "duration " + seconds);
    assertSample(body, "# HELP test_exporter_build_info A metric with a constant '1' value labeled by version, revision"
        + " and Java version from which test-exporter was built.");
    assertSample(body, "test_exporter_build_info{javaversion=\"" + System.getProperty("java.version")
        + "\",revision=\"unknown\",version=\"unknown\"} 1.0");
    assertFalse(body.contains("spare"), "a disabled collector is absent:\n" + body);
    assertEquals(0, spare.calls.get(), "a disabled collector is never called");
    assertFalse(body.contains("jvm_") || body.contains("process_"), body);
  }

  @Test
  void collectorsRunOnBoundedDaemonWorkers() throws Exception {
    RunningExporter exporter = start(definition().build(), LOCAL, NO_JVM);
    HttpRequest timed = HttpRequest.newBuilder(uri(exporter, "/metrics")).timeout(Duration.ofSeconds(10))
        .header("X-Prometheus-Scrape-Timeout-Seconds", "10").build();
    assertEquals(200, http.send(timed, HttpResponse.BodyHandlers.ofString()).statusCode());
    assertTrue(thermal.lastThreadName.startsWith("exporter-collector-"), thermal.lastThreadName);
    assertTrue(thermal.lastThreadDaemon);
  }

  @Test
  void aScrapeWithoutDeadlineRunsACollectorWithoutTimeoutOnItsOwnThread() throws Exception {
    RunningExporter exporter = start(definition().build(), LOCAL, NO_JVM);
    // the last collector it runs goes on its thread, the others on workers
    assertEquals(200, get(uri(exporter, "/metrics?collect[]=thermal")).statusCode());
    assertTrue(thermal.lastThreadName.startsWith("exporter-http-"), thermal.lastThreadName);
    assertTrue(thermal.lastThreadDaemon);
  }

  @Test
  void jvmMetricsUnlessDisabled() throws Exception {
    RunningExporter withJvm = start(definition().build(), LOCAL);
    String body = get(uri(withJvm, "/metrics")).body();
    assertTrue(body.lines().anyMatch(line -> line.startsWith("jvm_memory_used_bytes")), body);
    assertTrue(body.lines().anyMatch(line -> line.startsWith("test_exporter_build_info")), body);

    RunningExporter without = start(definition().build(), LOCAL, NO_JVM);
    String bare = get(uri(without, "/metrics")).body();
    assertFalse(bare.lines().anyMatch(line -> line.startsWith("jvm_") || line.startsWith("# HELP jvm_")), bare);
    assertFalse(bare.lines().anyMatch(line -> line.startsWith("process_")), bare);
    assertFalse(bare.contains("promhttp_"), bare);
    assertTrue(bare.lines().anyMatch(line -> line.startsWith("test_exporter_build_info")), bare);
  }

  @Test
  void handlerMetricsCountScrapesByCodeAsPromhttpDoes() throws Exception {
    RunningExporter exporter = start(definition().build(), LOCAL);
    String first = get(uri(exporter, "/metrics")).body();
    assertTrue(first.contains("# TYPE promhttp_metric_handler_requests_total counter"), first);
    assertTrue(first.contains("promhttp_metric_handler_requests_total{code=\"200\"} 0.0"), first);
    assertTrue(first.contains("promhttp_metric_handler_requests_total{code=\"500\"} 0.0"), first);
    assertTrue(first.contains("promhttp_metric_handler_requests_total{code=\"503\"} 0.0"), first);
    assertTrue(first.contains("promhttp_metric_handler_requests_in_flight 1.0"), "counts the scrape itself: " + first);
    assertEquals(400, get(uri(exporter, "/metrics?collect[]=nope")).statusCode());
    get(uri(exporter, "/"));
    String third = get(uri(exporter, "/metrics")).body();
    assertTrue(third.contains("promhttp_metric_handler_requests_total{code=\"200\"} 1.0"), third);
    assertTrue(third.contains("promhttp_metric_handler_requests_total{code=\"400\"} 1.0"), third);
    assertTrue(third.contains("promhttp_metric_handler_requests_in_flight 1.0"), third);
  }

  @Test
  void aThrowingCollectorCostsOnlyItself() throws Exception {
    ExporterCollector broken = errors -> {
      throw new IllegalStateException("boom from the device");
    };
    String name = "broken" + System.nanoTime();
    try (StderrCapture err = new StderrCapture()) {
      RunningExporter exporter = start(definition().collector(CollectorDefinition.of(name, true, broken)).build(), LOCAL, NO_JVM);
      HttpResponse<String> response = get(uri(exporter, "/metrics"));
      assertEquals(200, response.statusCode());
      String body = response.body();
      assertSample(body, "test_scrape_collector_success{collector=\"" + name + "\"} 0.0");
      assertSample(body, "test_scrape_collector_success{collector=\"thermal\"} 1.0");
      assertSample(body, "test_temperature_celsius 21.5");
      assertFalse(body.contains("IllegalStateException") || body.contains("boom") || body.contains("\tat "), body);
      assertTrue(err.lines().stream().anyMatch(line -> line.contains("level=warn msg=\"Collector failed\" collector=" + name
          + " err=\"IllegalStateException: boom from the device\"")), err.text());
      assertFalse(err.text().contains("\tat "), err.text());
    }
  }

  @Test
  void anUnwritableScrapeIsA500WithOneLineAndNoStackTrace() throws Exception {
    ExporterCollector nullLabel = errors -> MetricSnapshots.of(new GaugeSnapshot(new MetricMetadata("test_bad", "Bad."),
        List.of(new GaugeDataPointSnapshot(1, Labels.of("zone", null), null))));
    try (StderrCapture err = new StderrCapture()) {
      RunningExporter exporter = start(definition().collector(CollectorDefinition.of("bad", true, nullLabel)).build(), LOCAL, NO_JVM);
      HttpResponse<String> response = get(uri(exporter, "/metrics"));
      assertEquals(500, response.statusCode(), response.body());
      assertEquals(1, response.body().lines().count(), response.body());
      assertTrue(response.body().startsWith("An error has occurred while serving metrics: "), response.body());
      assertFalse(response.body().contains("\tat ") || response.body().contains(".java:"), response.body());
      assertTrue(err.text().contains("level=error msg=\"Scrape failed\""), err.text());
      assertFalse(err.text().contains("\tat "), err.text());
      assertEquals(200, get(uri(exporter, "/-/healthy")).statusCode(), "the server keeps serving");
    }
  }

  @Test
  void collectorFlagsChooseWhatIsScraped() throws Exception {
    RunningExporter exporter = start(definition().build(), LOCAL, NO_JVM, "--no-collector.thermal", "--collector.spare");
    String body = get(uri(exporter, "/metrics")).body();
    assertFalse(body.contains("test_temperature_celsius"), body);
    assertSample(body, "test_spare_value 5.0");
    assertSample(body, "test_scrape_collector_success{collector=\"spare\"} 1.0");
    assertFalse(body.contains("collector=\"thermal\""), body);
    assertEquals(0, thermal.calls.get());
  }

  @Test
  void customTelemetryPath() throws Exception {
    RunningExporter exporter = start(definition().build(), LOCAL, NO_JVM, "--web.telemetry-path=/custom/metrics");
    assertSample(get(uri(exporter, "/custom/metrics")).body(), "test_temperature_celsius 21.5");
    assertEquals(404, get(uri(exporter, "/metrics")).statusCode());
    assertTrue(get(uri(exporter, "/")).body().contains("<a href=\"./custom/metrics\">"));
  }

  @Test
  void negotiatesOpenMetricsGzipAndNameFilter() throws Exception {
    RunningExporter exporter = start(definition().build(), LOCAL, NO_JVM);
    HttpResponse<String> openMetrics = http.send(HttpRequest.newBuilder(uri(exporter, "/metrics?name[]=test_temperature_celsius"))
        .header("Accept", "application/openmetrics-text; version=1.0.0; charset=utf-8").build(), HttpResponse.BodyHandlers.ofString());
    assertTrue(openMetrics.headers().firstValue("Content-Type").orElse("").startsWith("application/openmetrics-text"));
    assertEquals(List.of("# TYPE test_temperature_celsius gauge", "# HELP test_temperature_celsius A value for test_temperature_celsius.",
        "test_temperature_celsius 21.5", "# EOF"), openMetrics.body().lines().toList());

    HttpResponse<byte[]> gzipped = http.send(HttpRequest.newBuilder(uri(exporter, "/metrics"))
        .header("Accept-Encoding", "gzip").build(), HttpResponse.BodyHandlers.ofByteArray());
    assertEquals("gzip", gzipped.headers().firstValue("Content-Encoding").orElse(""));
    String unzipped = new String(new GZIPInputStream(new java.io.ByteArrayInputStream(gzipped.body())).readAllBytes(),
        java.nio.charset.StandardCharsets.UTF_8);
    assertSample(unzipped, "test_temperature_celsius 21.5");
  }

  /** A collector that holds its scrape until released: a scrape in flight for as long as a test needs. */
  private static final class Gate implements ExporterCollector {
    final CountDownLatch entered = new CountDownLatch(1);
    final CountDownLatch release = new CountDownLatch(1);

    @Override
    public MetricSnapshots collect(MemberErrors errors) {
      entered.countDown();
      try {
        release.await(10, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return MetricSnapshots.of();
    }
  }

  @Test
  void scrapesOverTheLimitGet503AtOnce() throws Exception {
    Gate slow = new Gate();
    RunningExporter exporter = start(
        definition().collector(CollectorDefinition.of("slow", true, slow)).build(), LOCAL, NO_JVM, "--web.max-requests=1");
    CompletableFuture<HttpResponse<String>> first = http.sendAsync(
        HttpRequest.newBuilder(uri(exporter, "/metrics")).build(), HttpResponse.BodyHandlers.ofString());
    assertTrue(slow.entered.await(10, TimeUnit.SECONDS));
    long before = System.nanoTime();
    HttpResponse<String> second = get(uri(exporter, "/metrics"));
    assertEquals(503, second.statusCode());
    assertEquals("Limit of concurrent requests reached (1), try again later.\n", second.body());
    assertTrue(System.nanoTime() - before < TimeUnit.SECONDS.toNanos(5), "503 must not wait for the slow scrape");
    assertEquals(200, get(uri(exporter, "/-/healthy")).statusCode(), "only scrapes are limited");
    slow.release.countDown();
    assertEquals(200, first.get(10, TimeUnit.SECONDS).statusCode());
    assertEquals(200, scrapeOnceThePermitIsBack(exporter, new int[1]).statusCode(), "the permit is given back");
  }

  /**
   * Scrapes until the answer is not 503. The permit is held until a response is written (a client
   * that does not read keeps it until the write timeout), so it comes back just after the previous
   * client has the last byte: not at once, but soon.
   *
   * @param refused counts the 503s met on the way
   */
  private HttpResponse<String> scrapeOnceThePermitIsBack(RunningExporter exporter, int[] refused) throws Exception {
    HttpResponse<String> response = get(uri(exporter, "/metrics"));
    for (long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(5); response.statusCode() == 503 && System.nanoTime() < end; ) {
      refused[0]++;
      Thread.sleep(10);
      response = get(uri(exporter, "/metrics"));
    }
    return response;
  }

  @Test
  void handlerMetricsCount503s() throws Exception {
    Gate slow = new Gate();
    RunningExporter exporter = start(
        definition().collector(CollectorDefinition.of("slow", true, slow)).build(), LOCAL, "--web.max-requests=1");
    CompletableFuture<HttpResponse<String>> first = http.sendAsync(
        HttpRequest.newBuilder(uri(exporter, "/metrics")).build(), HttpResponse.BodyHandlers.ofString());
    assertTrue(slow.entered.await(10, TimeUnit.SECONDS));
    assertEquals(503, get(uri(exporter, "/metrics")).statusCode());
    slow.release.countDown();
    assertEquals(200, first.get(10, TimeUnit.SECONDS).statusCode());
    int[] refused = {1};
    String body = scrapeOnceThePermitIsBack(exporter, refused).body();
    assertTrue(body.contains("promhttp_metric_handler_requests_total{code=\"503\"} " + refused[0] + ".0"), body);
    assertTrue(body.contains("promhttp_metric_handler_requests_total{code=\"200\"} 1.0"), body);
    assertTrue(body.contains("promhttp_metric_handler_requests_in_flight 1.0"), "only this scrape: " + body);
  }

  @Test
  void severalListenAddressesServeOneRegistry() throws Exception {
    RunningExporter exporter = start(definition().build(), LOCAL, "--web.listen-address=127.0.0.1:0", NO_JVM);
    assertEquals(2, exporter.addresses().size());
    assertTrue(exporter.addresses().get(0).getPort() != exporter.addresses().get(1).getPort());
    for (InetSocketAddress address : exporter.addresses()) {
      assertSample(get(uri(address, "/metrics")).body(), "test_temperature_celsius 21.5");
    }
    assertEquals(2, thermal.calls.get());
  }

  @Test
  void logsStartupWithTheActualPort() throws Exception {
    try (StderrCapture err = new StderrCapture()) {
      RunningExporter exporter = start(definition().build(), LOCAL, NO_JVM);
      List<String> lines = err.lines();
      assertEquals(5, lines.size(), err.text());
      assertTrue(lines.get(0).matches("time=\\S+Z level=info msg=\"Starting test-exporter\" version=unknown revision=unknown"), lines.get(0));
      assertTrue(lines.get(1).endsWith(" level=info msg=\"Enabled collector\" collector=thermal"), lines.get(1));
      assertTrue(lines.get(2).endsWith(" level=info msg=\"Enabled collector\" collector=flaky"), lines.get(2));
      int port = exporter.addresses().get(0).getPort();
      assertTrue(lines.get(3).endsWith(" level=info msg=\"Listening on\" address=127.0.0.1:" + port), lines.get(3));
      assertTrue(lines.get(4).endsWith(" level=info msg=\"TLS is disabled.\" http2=false address=127.0.0.1:" + port),
          lines.get(4));
    }
  }

  @Test
  void jsonLogFormat() throws Exception {
    try (StderrCapture err = new StderrCapture()) {
      RunningExporter exporter = start(definition().build(), LOCAL, NO_JVM, "--log.format=json", "--log.level=warn");
      assertEquals("", err.text(), "info lines are below warn");
      exporter.close();
      start(definition().build(), LOCAL, NO_JVM, "--log.format=json");
      assertTrue(err.lines().get(0).matches("\\{\"time\":\"\\S+Z\",\"level\":\"info\",\"msg\":\"Starting test-exporter\","
          + "\"version\":\"unknown\",\"revision\":\"unknown\"}"), err.text());
    } finally {
      Log.configure(Log.Level.INFO, Log.Format.LOGFMT);
    }
  }

  @Test
  void anAddressInUseFailsWithExitCode1NamingIt() throws Exception {
    RunningExporter first = start(definition().build(), LOCAL, NO_JVM);
    String taken = "127.0.0.1:" + first.addresses().get(0).getPort();
    try (StderrCapture err = new StderrCapture()) {
      ExporterException e = assertThrows(ExporterException.class,
          () -> start(definition().build(), LOCAL, "--web.listen-address=" + taken, NO_JVM));
      assertEquals(1, e.exitCode());
      assertTrue(e.getMessage().startsWith("cannot listen on " + taken + ": "), e.getMessage());
      assertTrue(err.lines().stream().anyMatch(line -> line.matches(
          "time=\\S+ level=error msg=\"Cannot listen\" address=" + Pattern.quote(taken) + " err=\".+\"")), err.text());
    }
  }

  @Test
  void anUnknownHostFailsWithExitCode1() {
    ExporterException e = assertThrows(ExporterException.class,
        () -> start(definition().build(), "--web.listen-address=no-such-host.invalid:0", NO_JVM));
    assertEquals(1, e.exitCode());
    assertTrue(e.getMessage().contains("no-such-host.invalid:0"), e.getMessage());
  }

  @Test
  void badFlagsFailWithExitCode2BeforeAnythingStarts() {
    ExporterException e = assertThrows(ExporterException.class, () -> start(definition().build(), "--web.max-requests=x"));
    assertEquals(2, e.exitCode());
    assertEquals(0, thermal.calls.get());
  }

  @Test
  void aFlagValueTheFieldRejectsFailsWithExitCode2NamingIt() {
    ExporterDefinition strict = definition()
        .flag(FlagDefinition.of("size", "A size.", Integer.class, 1, v -> {
          if (v > 10) {
            throw new IllegalArgumentException("at most 10");
          }
        }))
        .build();
    ExporterException e = assertThrows(ExporterException.class, () -> start(strict, "--size=11", NO_JVM));
    assertEquals(2, e.exitCode());
    assertEquals("invalid value for option '--size': IllegalArgumentException: at most 10", e.getMessage());
    assertEquals(0, thermal.calls.get());
  }

  @Test
  void theGivenEnvironmentIsWhereFlagsAreLookedUp() throws Exception {
    List<String> applied = new ArrayList<>();
    ExporterDefinition withEnv = definition()
        .flag(FlagDefinition.of("target", "A target.", String.class, "default", applied::add).env("RUNTIME_TEST_TARGET"))
        .build();
    RunningExporter exporter = ExporterRuntime.start(withEnv, java.util.Map.of("RUNTIME_TEST_TARGET", "db:5432"),
        "--web.listen-address=127.0.0.1:0", NO_JVM);
    started.add(exporter);
    assertEquals(List.of("db:5432"), applied);
  }

  @Test
  void closeLetsAScrapeInFlightFinish() throws Exception {
    CountDownLatch entered = new CountDownLatch(1);
    ExporterCollector slow = errors -> {
      entered.countDown();
      try {
        Thread.sleep(500);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return MetricSnapshots.of();
    };
    RunningExporter exporter = start(definition().collector(CollectorDefinition.of("slow", true, slow)).build(), LOCAL, NO_JVM);
    CompletableFuture<HttpResponse<String>> scrape = http.sendAsync(
        HttpRequest.newBuilder(uri(exporter, "/metrics")).build(), HttpResponse.BodyHandlers.ofString());
    assertTrue(entered.await(10, TimeUnit.SECONDS));
    long before = System.nanoTime();
    exporter.close();
    long closing = System.nanoTime() - before;
    assertEquals(200, scrape.get(10, TimeUnit.SECONDS).statusCode());
    assertSample(scrape.get().body(), "test_scrape_collector_success{collector=\"slow\"} 1.0");
    assertTrue(closing < TimeUnit.MILLISECONDS.toNanos(2500), "close waited " + closing / 1_000_000 + " ms");
  }

  @Test
  void closeIsQuickWhenIdle() throws Exception {
    RunningExporter exporter = start(definition().build(), LOCAL, NO_JVM);
    assertEquals(200, get(uri(exporter, "/metrics")).statusCode());
    long before = System.nanoTime();
    exporter.close();
    assertTrue(System.nanoTime() - before < TimeUnit.MILLISECONDS.toNanos(1500), "idle close must not wait for the grace period");
  }

  @Test
  void closeStopsServing() throws Exception {
    RunningExporter exporter = start(definition().build(), LOCAL, NO_JVM);
    URI metrics = uri(exporter, "/metrics");
    assertEquals(200, get(metrics).statusCode());
    exporter.close();
    exporter.close();
    HttpClient fresh = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    assertThrows(ConnectException.class, () -> fresh.send(HttpRequest.newBuilder(metrics).build(), HttpResponse.BodyHandlers.ofString()));
  }
}
