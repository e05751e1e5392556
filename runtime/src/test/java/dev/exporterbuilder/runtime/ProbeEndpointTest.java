package dev.exporterbuilder.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import at.favre.lib.crypto.bcrypt.BCrypt;
import dev.exporterbuilder.runtime.cli.Options;
import dev.exporterbuilder.runtime.generated.CollectorDefinition;
import dev.exporterbuilder.runtime.generated.ExporterDefinition;
import dev.exporterbuilder.runtime.generated.ProbeDefinition;
import dev.exporterbuilder.runtime.generated.ProbeTarget;
import io.prometheus.metrics.model.snapshots.GaugeSnapshot;
import io.prometheus.metrics.model.snapshots.GaugeSnapshot.GaugeDataPointSnapshot;
import io.prometheus.metrics.model.snapshots.MetricSnapshots;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code /probe} of a real exporter on 127.0.0.1, with probes written as generated code writes them. */
class ProbeEndpointTest {

  private static final String LOCAL = "--web.listen-address=127.0.0.1:0";

  /** The settings of a module of the {@code echo} probe. */
  record EchoModule(String prefix, int repeat, boolean upper, List<String> tags, Duration pause) {}

  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(5)).build();
  private final List<RunningExporter> started = new ArrayList<>();
  private final AtomicInteger probed = new AtomicInteger();
  private final AtomicInteger running = new AtomicInteger();
  private final AtomicReference<Object> lastTarget = new AtomicReference<>();
  private final CountDownLatch release = new CountDownLatch(1);

  @TempDir
  Path dir;

  @AfterEach
  void close() {
    release.countDown();
    started.forEach(RunningExporter::close);
  }

  /** {@code length}: the target's length; "fail" as a target makes its reading throw. */
  private ProbeDefinition text() {
    return ProbeDefinition.of("text", "Measures a string.", ProbeTarget.STRING, (target, module, errors) -> {
      probed.incrementAndGet();
      if (target.equals("fail")) {
        errors.failed("read()", new IOException("cannot reach " + target));
        return new MetricSnapshots();
      }
      return new MetricSnapshots(gauge("probe_text_length", target.length()));
    });
  }

  /** Waits for {@link #release} (interrupted: gives up) then reports the port. */
  private ProbeDefinition socket() {
    return ProbeDefinition.of("socket", "Hangs until released.", ProbeTarget.SOCKET_ADDRESS, (target, module, errors) -> {
      probed.incrementAndGet();
      lastTarget.set(target);
      if (target.getHostString().equals("hang")) {
        try {
          release.await();
        } catch (InterruptedException e) {
          errors.failed("read()", e);
          return new MetricSnapshots(gauge("probe_socket_port", -1));
        }
      }
      return new MetricSnapshots(gauge("probe_socket_port", target.getPort()));
    });
  }

  /** Waits for {@link #release} and ignores interrupts, as DNS look-ups and socket connects do. */
  private ProbeDefinition stubborn() {
    return ProbeDefinition.of("stubborn", "Ignores interrupts.", ProbeTarget.STRING, (target, module, errors) -> {
      running.incrementAndGet();
      try {
        while (true) {
          try {
            release.await();
            return new MetricSnapshots(gauge("probe_stubborn_done", 1));
          } catch (InterruptedException e) {
            // ignored on purpose
          }
        }
      } finally {
        running.decrementAndGet();
      }
    });
  }

  private ProbeDefinition echo() {
    return ProbeDefinition.withModules("echo", "Echoes with a module.", ProbeTarget.URI,
        values -> new EchoModule(values.string("prefix"), values.intValue("repeat"), values.bool("upper"),
            values.stringList("tags"), values.duration("pause")),
        (target, module, errors) -> {
          probed.incrementAndGet();
          lastTarget.set(module);
          return new MetricSnapshots(gauge("probe_echo_repeat", module.repeat()));
        });
  }

  private static GaugeSnapshot gauge(String name, double value) {
    return GaugeSnapshot.builder().name(name).help("A value.")
        .dataPoint(GaugeDataPointSnapshot.builder().value(value).build()).build();
  }

  private ExporterDefinition.Builder definition() {
    return ExporterDefinition.builder("probe-test", 9999, ProbeEndpointTest.class)
        .collector(CollectorDefinition.of("idle", true, errors -> new MetricSnapshots(gauge("probe_test_idle", 1))));
  }

  private RunningExporter start(ExporterDefinition definition, String... args) throws ExporterException {
    RunningExporter exporter = ExporterRuntime.start(definition, args);
    started.add(exporter);
    return exporter;
  }

  private static URI uri(RunningExporter exporter, String pathAndQuery) {
    InetSocketAddress address = exporter.addresses().get(0);
    return URI.create("http://127.0.0.1:" + address.getPort() + pathAndQuery);
  }

  private HttpResponse<String> get(URI uri, String... headers) throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30));
    if (headers.length > 0) {
      request.headers(headers);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static void assertSample(String body, String sample) {
    assertTrue(body.lines().anyMatch(sample::equals), "no line \"" + sample + "\" in:\n" + body);
  }

  private static double value(String body, String name) {
    Matcher matcher = Pattern.compile("(?m)^" + Pattern.quote(name) + " (\\S+)$").matcher(body);
    assertTrue(matcher.find(), "no " + name + " in:\n" + body);
    return Double.parseDouble(matcher.group(1));
  }

  @Test
  void servesTheProbesSamplesWithSuccessAndDurationAndNothingElse() throws Exception {
    RunningExporter exporter = start(definition().probe(text()).build(), LOCAL);
    HttpResponse<String> response = get(uri(exporter, "/probe?target=hello%20world"));
    assertEquals(200, response.statusCode(), response.body());
    String body = response.body();
    assertSample(body, "probe_text_length 11.0");
    assertSample(body, "probe_success 1.0");
    assertSample(body, "# HELP probe_success Displays whether or not the probe was a success");
    assertSample(body, "# TYPE probe_duration_seconds gauge");
    double seconds = value(body, "probe_duration_seconds");
    assertTrue(seconds >= 0 && seconds < 30, body);
    assertFalse(body.contains("jvm_") || body.contains("process_") || body.contains("probe_test_idle")
        || body.contains("scrape_collector") || body.contains("promhttp_"), body);
    // /metrics stays as it was: no probe families there
    String metrics = get(uri(exporter, "/metrics")).body();
    assertTrue(metrics.contains("probe_test_idle 1.0") && !metrics.contains("probe_success"), metrics);
  }

  @Test
  void answersInTheFormatAskedFor() throws Exception {
    RunningExporter exporter = start(definition().probe(text()).build(), LOCAL);
    HttpResponse<String> response = get(uri(exporter, "/probe?target=abc"),
        "Accept", "application/openmetrics-text; version=1.0.0");
    assertEquals(200, response.statusCode());
    assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/openmetrics-text"));
    assertSample(response.body(), "probe_success 1.0");
    assertTrue(response.body().endsWith("# EOF\n"), response.body());
  }

  @Test
  void aFailedReadingIsSuccessZeroWithOneWarnLine() throws Exception {
    RunningExporter exporter = start(definition().probe(text()).build(), LOCAL);
    try (StderrCapture stderr = new StderrCapture()) {
      HttpResponse<String> response = get(uri(exporter, "/probe?target=fail"));
      assertEquals(200, response.statusCode());
      assertSample(response.body(), "probe_success 0.0");
      assertFalse(response.body().contains("probe_text_length"), response.body());
      assertEquals(1, stderr.lines().stream().filter(line -> line.contains("level=warn")
          && line.contains("collector=text") && line.contains("failed=read()")
          && line.contains("cannot reach fail")).count(), stderr.text());
    }
  }

  @Test
  void badTargetsAre400AndNeverProbed() throws Exception {
    RunningExporter exporter = start(definition().probe(text()).probe(socket()).build(), LOCAL);
    String[][] cases = {
        {"/probe?module=text", "Target parameter is missing"},
        {"/probe?target=&module=text", "Target parameter is missing"},
        {"/probe?target=a%01b&module=text", "target has control characters"},
        {"/probe?target=" + "x".repeat(2049) + "&module=text", "target is longer than 2048 characters"},
        {"/probe?target=localhost&module=socket", "target \"localhost\" is not host:port"},
        {"/probe?target=localhost:0&module=socket", "target \"localhost:0\" has port \"0\"; write a port 1-65535"},
        {"/probe?target=localhost:65536&module=socket", "has port \"65536\""},
        {"/probe?target=::1:80&module=socket", "needs brackets"},
        {"/probe?target=abc&module=nope", "Unknown module \"nope\"; known modules: socket, text"},
        {"/probe?target=abc", "module parameter is missing; use one of socket, text"},
    };
    for (String[] bad : cases) {
      HttpResponse<String> response = get(uri(exporter, bad[0]));
      assertEquals(400, response.statusCode(), bad[0]);
      assertTrue(response.body().contains(bad[1]) && response.body().endsWith("\n")
          && response.body().lines().count() == 1, bad[0] + ": " + response.body());
    }
    assertEquals(0, probed.get());
    HttpResponse<String> ok = get(uri(exporter, "/probe?target=%5B::1%5D:9100&module=socket"));
    assertSample(ok.body(), "probe_socket_port 9100.0");
    InetSocketAddress target = (InetSocketAddress) lastTarget.get();
    assertTrue(target.isUnresolved() && target.getHostString().equals("::1"), target.toString());
  }

  @Test
  void aProbeThatOverrunsTheScrapeTimeoutIsAnsweredInTimeWithSuccessZero() throws Exception {
    RunningExporter exporter = start(definition().probe(socket()).build(), LOCAL);
    long start = System.nanoTime();
    HttpResponse<String> response;
    List<String> warnings;
    try (StderrCapture stderr = new StderrCapture()) {
      response = get(uri(exporter, "/probe?target=hang:1"), "X-Prometheus-Scrape-Timeout-Seconds", "1.5");
      Thread.sleep(200); // the interrupted probe reports its failure late: it must not be logged
      warnings = stderr.lines().stream().filter(line -> line.contains("level=warn")).toList();
    }
    double waited = (System.nanoTime() - start) / 1e9;
    assertEquals(1, warnings.size(), warnings.toString());
    assertTrue(warnings.get(0).contains("collector=socket") && warnings.get(0).contains("TimeoutException: no result"
        + " within 1s"), warnings.toString());
    assertEquals(200, response.statusCode());
    String body = response.body();
    assertSample(body, "probe_success 0.0");
    assertFalse(body.contains("probe_socket_port"), body);
    double duration = value(body, "probe_duration_seconds");
    // bounded by 1.5 s less 0.5 s, not by the default 10 s nor by the probe, which waits for ever
    assertTrue(duration >= 1.0 && duration < 9, body);
    assertTrue(waited < 9, "answered after " + waited + " s");
  }

  @Test
  void maxRequestsLimitsProbesInFlight() throws Exception {
    RunningExporter exporter = start(definition().probe(socket()).build(), LOCAL, "--web.max-requests=1");
    CompletableFuture<HttpResponse<String>> hanging = http.sendAsync(
        HttpRequest.newBuilder(uri(exporter, "/probe?target=hang:1")).build(), HttpResponse.BodyHandlers.ofString());
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    while (probed.get() == 0 && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
    HttpResponse<String> refused = get(uri(exporter, "/probe?target=x:1"));
    assertEquals(503, refused.statusCode(), refused.body());
    release.countDown();
    assertEquals(200, hanging.get(30, TimeUnit.SECONDS).statusCode());
    assertEquals(200, get(uri(exporter, "/probe?target=x:1")).statusCode());
  }

  @Test
  void maxRequestsCountsOverrunProbesUntilTheirRunEnds() throws Exception {
    RunningExporter exporter = start(definition().probe(stubborn()).build(), LOCAL, "--web.max-requests=2");
    for (int i = 0; i < 2; i++) {
      HttpResponse<String> overrun = get(uri(exporter, "/probe?target=x"), "X-Prometheus-Scrape-Timeout-Seconds", "1");
      assertEquals(200, overrun.statusCode(), overrun.body());
      assertSample(overrun.body(), "probe_success 0.0");
    }
    assertEquals(2, running.get());
    HttpResponse<String> refused = get(uri(exporter, "/probe?target=x"), "X-Prometheus-Scrape-Timeout-Seconds", "1");
    assertEquals(503, refused.statusCode(), refused.body());
    release.countDown();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    while (running.get() > 0 && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
    HttpResponse<String> after = get(uri(exporter, "/probe?target=x"));
    assertEquals(200, after.statusCode(), after.body());
    assertSample(after.body(), "probe_stubborn_done 1.0");
  }

  @Test
  void modulesComeFromTheConfigFile() throws Exception {
    Path config = Files.writeString(dir.resolve("probes.yml"), """
        modules:
          twice:
            prober: echo
            timeout: 3s
            echo: { prefix: ">", repeat: 2, upper: true, tags: [a, b], pause: 1m30s }
          once:
            echo: { prefix: "", repeat: 1, pause: 0s }
        """);
    RunningExporter exporter = start(definition().probe(echo()).build(), LOCAL, "--config.file=" + config);
    assertSample(get(uri(exporter, "/probe?target=https://example.org/&module=twice")).body(), "probe_echo_repeat 2.0");
    assertEquals(new EchoModule(">", 2, true, List.of("a", "b"), Duration.ofSeconds(90)), lastTarget.get());
    assertSample(get(uri(exporter, "/probe?target=https://example.org/&module=once")).body(), "probe_echo_repeat 1.0");
    assertEquals(new EchoModule("", 1, false, List.of(), Duration.ZERO), lastTarget.get());
    HttpResponse<String> relative = get(uri(exporter, "/probe?target=example.org&module=once"));
    assertEquals(400, relative.statusCode());
    assertTrue(relative.body().contains("not an absolute URI"), relative.body());
    HttpResponse<String> unnamed = get(uri(exporter, "/probe?target=https://example.org/"));
    assertEquals(400, unnamed.statusCode());
    assertEquals("module parameter is missing; use one of once, twice\n", unnamed.body());
  }

  @Test
  void uriTargetsNeedASchemeAndAHost() throws Exception {
    Path config = Files.writeString(dir.resolve("probes.yml"), """
        modules:
          m: { prober: echo, echo: { prefix: "", repeat: 1, pause: 0s } }
        """);
    RunningExporter exporter = start(definition().probe(echo()).probe(socket()).build(), LOCAL,
        "--config.file=" + config);
    String[][] cases = {
        {"file:///etc/passwd", "has no host"},
        {"mailto:x", "has no host"},
        {"http:opaque", "has no host"},
        {"http:///path", "has no host"},
        {"https://user@:443/", "has no host"},
    };
    for (String[] bad : cases) {
      HttpResponse<String> response = get(uri(exporter, "/probe?module=m&target="
          + URLEncoder.encode(bad[0], StandardCharsets.UTF_8)));
      assertEquals(400, response.statusCode(), bad[0] + ": " + response.body());
      assertTrue(response.body().contains(bad[1]) && response.body().lines().count() == 1, bad[0] + ": " + response.body());
    }
    HttpResponse<String> bracketed = get(uri(exporter, "/probe?module=socket&target=%5Bexample.org%5D:80"));
    assertEquals(400, bracketed.statusCode(), bracketed.body());
    assertTrue(bracketed.body().contains("not an IPv6 address"), bracketed.body());
    assertEquals(0, probed.get());
    assertSample(get(uri(exporter, "/probe?module=m&target=https://user@example.org:8443/x?y=1")).body(),
        "probe_success 1.0");
    assertSample(get(uri(exporter, "/probe?module=socket&target=%5Bfe80::1%5D:80")).body(), "probe_success 1.0");
  }

  @Test
  void aModuleNamedLikeAProbeWithoutModulesStopsTheStart() throws Exception {
    Path config = Files.writeString(dir.resolve("clash.yml"), """
        modules:
          text: { prober: echo, echo: { prefix: "", repeat: 1, pause: 0s } }
        """);
    ExporterException e = assertThrows(ExporterException.class,
        () -> start(definition().probe(echo()).probe(text()).build(), LOCAL, "--config.file=" + config));
    assertEquals(ExporterException.STARTUP, e.exitCode());
    assertEquals("config file " + config + ": modules.text: the probe text has no modules and answers to this name;"
        + " name the module otherwise", e.getMessage());
  }

  @Test
  void theOnlyModuleIsTheDefault() throws Exception {
    Path config = Files.writeString(dir.resolve("probes.yml"), """
        modules:
          only: { echo: { prefix: "", repeat: 7, pause: 1s } }
        """);
    RunningExporter exporter = start(definition().probe(echo()).build(), LOCAL, "--config.file=" + config);
    assertSample(get(uri(exporter, "/probe?target=https://example.org/")).body(), "probe_echo_repeat 7.0");
  }

  @Test
  void aBadConfigFileStopsTheStartWithOneLineNamingFileAndKey() throws Exception {
    String[][] cases = {
        {"modules: { m: { echo: { prefix: a, repeat: 1, pause: 1s, colour: red } } }", "modules.m.echo.colour: unknown key"},
        {"modules: { m: { echo: { prefix: a, repeat: many, pause: 1s } } }", "modules.m.echo.repeat: \"many\" is not an integer"},
        {"modules: { m: { echo: { prefix: a, pause: 1s } } }", "modules.m.echo.repeat: is missing"},
        {"modules: { m: { echo: { prefix: a, repeat: 1, pause: soon } } }", "modules.m.echo.pause: \"soon\" is not a duration"},
        {"modules: { m: { prober: ping, echo: {} } }", "modules.m.prober: unknown prober \"ping\"; write one of echo"},
        {"modules: { m: { timeout: 1s, retries: 3 } }", "modules.m.retries: unknown key"},
        {"modules: { m: { timeout: fast } }", "modules.m.timeout: \"fast\" is not a duration"},
        {"probes: {}", "probes: unknown key"},
        {"modules: [a, b]", "modules: expected a mapping"},
        {"modules: {", "not valid YAML"},
    };
    for (String[] bad : cases) {
      Path config = Files.writeString(dir.resolve("bad.yml"), bad[0]);
      ExporterException e = assertThrows(ExporterException.class,
          () -> start(definition().probe(echo()).build(), LOCAL, "--config.file=" + config), bad[0]);
      assertEquals(ExporterException.STARTUP, e.exitCode());
      assertTrue(e.getMessage().startsWith("config file " + config + ": " + bad[1]), bad[0] + " -> " + e.getMessage());
      assertFalse(e.getMessage().contains("\n"), e.getMessage());
    }
    Path missing = dir.resolve("missing.yml");
    ExporterException e = assertThrows(ExporterException.class,
        () -> start(definition().probe(echo()).build(), LOCAL, "--config.file=" + missing));
    assertTrue(e.getMessage().startsWith("config file " + missing + ": cannot read it"), e.getMessage());
  }

  @Test
  void configFileFlagExistsOnlyWhenAProbeHasModules() throws Exception {
    assertTrue(Options.usage(definition().probe(echo()).build()).contains("--config.file=FILE"));
    assertFalse(Options.usage(definition().probe(text()).build()).contains("--config.file"));
    ExporterException e = assertThrows(ExporterException.class,
        () -> start(definition().probe(text()).build(), LOCAL, "--config.file=x.yml"));
    assertEquals(ExporterException.USAGE, e.exitCode());
  }

  @Test
  void theWebConfigFileAppliesToProbes() throws Exception {
    String hash = new String(BCrypt.with(BCrypt.Version.VERSION_2Y).hash(4, "s3cret".toCharArray()),
        StandardCharsets.UTF_8);
    Path web = Files.writeString(dir.resolve("web.yml"), "basic_auth_users:\n  prometheus: " + hash + "\n"
        + "http_server_config:\n  headers:\n    X-Frame-Options: deny\n");
    RunningExporter exporter = start(definition().probe(text()).build(), LOCAL, "--web.config.file=" + web);
    HttpResponse<String> refused = get(uri(exporter, "/probe?target=abc"));
    assertEquals(401, refused.statusCode());
    assertEquals(0, probed.get());
    String credentials = Base64.getEncoder().encodeToString("prometheus:s3cret".getBytes(StandardCharsets.UTF_8));
    HttpResponse<String> ok = get(uri(exporter, "/probe?target=abc"), "Authorization", "Basic " + credentials);
    assertEquals(200, ok.statusCode());
    assertEquals("deny", ok.headers().firstValue("X-Frame-Options").orElse(""));
    assertSample(ok.body(), "probe_text_length 3.0");
  }

  @Test
  void withoutProbesThereIsNoProbePath() throws Exception {
    RunningExporter exporter = start(definition().build(), LOCAL);
    assertEquals(404, get(uri(exporter, "/probe?target=x")).statusCode());
    assertFalse(get(uri(exporter, "/")).body().contains("Probes"));
  }

  @Test
  void landingPageListsTheProbesWithAnExampleLink() throws Exception {
    RunningExporter exporter = start(definition().probe(socket()).probe(echo()).build(), LOCAL);
    String page = get(uri(exporter, "/")).body();
    assertTrue(page.contains("<h2>Probes</h2>"), page);
    assertTrue(page.contains("<tr><td>socket</td><td>InetSocketAddress</td><td><a href=\"./probe?target=example.org%3A443&amp;module=socket\">"), page);
    assertTrue(page.contains("<tr><td>echo</td><td>URI</td>") && page.contains("with &amp;module= a module of --config.file"), page);
  }
}
