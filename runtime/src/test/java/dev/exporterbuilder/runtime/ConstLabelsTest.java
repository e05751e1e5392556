package dev.exporterbuilder.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.exporterbuilder.runtime.generated.CollectorDefinition;
import dev.exporterbuilder.runtime.generated.ExporterDefinition;
import dev.exporterbuilder.runtime.generated.Lifecycle;
import io.prometheus.metrics.model.snapshots.ClassicHistogramBuckets;
import io.prometheus.metrics.model.snapshots.CounterSnapshot;
import io.prometheus.metrics.model.snapshots.GaugeSnapshot;
import io.prometheus.metrics.model.snapshots.HistogramSnapshot;
import io.prometheus.metrics.model.snapshots.InfoSnapshot;
import io.prometheus.metrics.model.snapshots.Labels;
import io.prometheus.metrics.model.snapshots.MetricFamilyDescriptor;
import io.prometheus.metrics.model.snapshots.MetricSnapshots;
import io.prometheus.metrics.model.snapshots.Quantile;
import io.prometheus.metrics.model.snapshots.Quantiles;
import io.prometheus.metrics.model.snapshots.StateSetSnapshot;
import io.prometheus.metrics.model.snapshots.SummarySnapshot;
import io.prometheus.metrics.model.snapshots.UnknownSnapshot;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@code @ConstLabel} values as the runtime reads and serves them, scraped over HTTP. */
class ConstLabelsTest {

  private static final String[] LOCAL = {"--web.listen-address=127.0.0.1:0", "--web.disable-exporter-metrics"};

  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  private final List<RunningExporter> started = new ArrayList<>();
  private final List<String> events = new CopyOnWriteArrayList<>();

  /** What an @Init method sets, so that a label read before it would say "unset". */
  private volatile String server = "unset";

  @AfterEach
  void closeExporters() {
    started.forEach(RunningExporter::close);
  }

  private RunningExporter start(ExporterDefinition definition, String... more) throws ExporterException {
    List<String> args = new ArrayList<>(List.of(LOCAL));
    args.addAll(List.of(more));
    RunningExporter exporter = ExporterRuntime.start(definition, args.toArray(String[]::new));
    started.add(exporter);
    return exporter;
  }

  private String scrape(RunningExporter exporter, String query) throws IOException, InterruptedException {
    URI uri = URI.create("http://127.0.0.1:" + exporter.addresses().get(0).getPort() + "/metrics" + query);
    HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(20)).build(),
        HttpResponse.BodyHandlers.ofString());
    assertEquals(200, response.statusCode(), response.body());
    return response.body();
  }

  private static void assertSample(String body, String sample) {
    assertTrue(body.lines().anyMatch(sample::equals), "no line \"" + sample + "\" in:\n" + body);
  }

  /** One family of every snapshot type client_java has, the labelled ones with a label of their own. */
  private static ExporterCollector everyType() {
    return new ExporterCollector() {
      @Override
      public MetricSnapshots collect(MemberErrors errors) {
        Labels disk = Labels.of("disk", "sda");
        return MetricSnapshots.of(
            GaugeSnapshot.builder().name("app_free_bytes").help("Free.")
                .dataPoint(GaugeSnapshot.GaugeDataPointSnapshot.builder().value(1).labels(disk).build()).build(),
            CounterSnapshot.builder().name("app_reads").help("Reads.")
                .dataPoint(CounterSnapshot.CounterDataPointSnapshot.builder().value(5).labels(disk).build()).build(),
            HistogramSnapshot.builder().name("app_latency_seconds").help("Latency.")
                .dataPoint(HistogramSnapshot.HistogramDataPointSnapshot.builder()
                    .classicHistogramBuckets(ClassicHistogramBuckets.of(new double[] {1, Double.POSITIVE_INFINITY},
                        new long[] {1, 1}))
                    .sum(3).build()).build(),
            SummarySnapshot.builder().name("app_size_bytes").help("Size.")
                .dataPoint(SummarySnapshot.SummaryDataPointSnapshot.builder().count(2).sum(4)
                    .quantiles(Quantiles.of(new Quantile(0.5, 2))).build()).build(),
            InfoSnapshot.builder().name("app_version").help("Version.")
                .dataPoint(InfoSnapshot.InfoDataPointSnapshot.builder().labels(Labels.of("version", "1.2")).build())
                .build(),
            StateSetSnapshot.builder().name("app_mode").help("Mode.")
                .dataPoint(StateSetSnapshot.StateSetDataPointSnapshot.builder().state("primary", true)
                    .state("standby", false).build()).build(),
            UnknownSnapshot.builder().name("app_legacy").help("Untyped.")
                .dataPoint(UnknownSnapshot.UnknownDataPointSnapshot.builder().value(9).build()).build());
      }

      @Override
      public List<MetricFamilyDescriptor> getMetricFamilyDescriptors() {
        return List.of(MetricFamilyDescriptor.gauge("app_free_bytes").help("Free.").build(),
            MetricFamilyDescriptor.counter("app_reads").help("Reads.").build(),
            MetricFamilyDescriptor.histogram("app_latency_seconds").help("Latency.").build(),
            MetricFamilyDescriptor.summary("app_size_bytes").help("Size.").build(),
            MetricFamilyDescriptor.info("app_version").help("Version.").build(),
            MetricFamilyDescriptor.stateSet("app_mode").help("Mode.").build(),
            MetricFamilyDescriptor.unknown("app_legacy").help("Untyped.").build());
      }
    };
  }

  private ExporterDefinition.Builder definition() {
    return ExporterDefinition.builder("test-exporter", 9999, ConstLabelsTest.class).namespace("ns");
  }

  @Test
  void everySampleOfACollectorGetsTheExportersAndItsOwnLabelsReadOnceAfterInit() throws Exception {
    AtomicInteger serverReads = new AtomicInteger();
    AtomicInteger tankReads = new AtomicInteger();
    ExporterDefinition definition = definition()
        .lifecycle(Lifecycle.init("Exporter.connect", () -> server = "db:5432"))
        .constLabel("server", "Exporter.server()", () -> {
          serverReads.incrementAndGet();
          return server;
        })
        .collector(CollectorDefinition.of("disks", true, everyType()))
        .collector(CollectorDefinition.of("tank", true, new GaugeCollector("tank_level", 2.5, null))
            .cache(Duration.ofMinutes(1))
            .constLabel("tank", "Tank.TANK", () -> {
              tankReads.incrementAndGet();
              return "north";
            }))
        .collector(CollectorDefinition.of("spare", false, new GaugeCollector("spare_value", 1, null))
            .constLabel("spare", "Spare.name()", () -> {
              throw new AssertionError("a disabled collector's label is read");
            }))
        .build();
    RunningExporter exporter = start(definition);
    String body = "";
    for (int i = 0; i < 3; i++) {
      body = scrape(exporter, "");
    }
    assertEquals(1, serverReads.get(), "the exporter's label is read once, not per collector or scrape");
    assertEquals(1, tankReads.get());

    assertSample(body, "app_free_bytes{disk=\"sda\",server=\"db:5432\"} 1.0");
    assertSample(body, "app_reads_total{disk=\"sda\",server=\"db:5432\"} 5.0");
    assertSample(body, "app_latency_seconds_bucket{server=\"db:5432\",le=\"1.0\"} 1");
    assertSample(body, "app_latency_seconds_bucket{server=\"db:5432\",le=\"+Inf\"} 2");
    assertSample(body, "app_latency_seconds_count{server=\"db:5432\"} 2");
    assertSample(body, "app_latency_seconds_sum{server=\"db:5432\"} 3.0");
    assertSample(body, "app_size_bytes{server=\"db:5432\",quantile=\"0.5\"} 2.0");
    assertSample(body, "app_size_bytes_count{server=\"db:5432\"} 2");
    assertSample(body, "app_version_info{server=\"db:5432\",version=\"1.2\"} 1");
    assertSample(body, "app_mode{server=\"db:5432\",app_mode=\"primary\"} 1");
    assertSample(body, "app_mode{server=\"db:5432\",app_mode=\"standby\"} 0");
    assertSample(body, "app_legacy{server=\"db:5432\"} 9.0");
    // a cached collector's samples too, with the exporter's label and its own
    assertSample(body, "tank_level{server=\"db:5432\",tank=\"north\"} 2.5");
    // not the self-metrics
    assertSample(body, "ns_scrape_collector_success{collector=\"disks\"} 1.0");
    assertSample(body, "ns_scrape_collector_success{collector=\"tank\"} 1.0");
    List<String> unlabelled = body.lines()
        .filter(line -> !line.startsWith("#") && !line.startsWith("ns_") && !line.contains("server=\"db:5432\""))
        .toList();
    assertEquals(List.of(), unlabelled, body);
    assertFalse(body.contains("spare"), body);
  }

  @Test
  void nameFilteringKeepsWorking() throws Exception {
    RunningExporter exporter = start(definition()
        .constLabel("server", "Exporter.server", () -> "db")
        .collector(CollectorDefinition.of("disks", true, everyType()))
        .build());
    String body = scrape(exporter, "?name[]=app_reads_total");
    List<String> samples = body.lines().filter(line -> !line.startsWith("#")).toList();
    assertEquals(List.of("app_reads_total{disk=\"sda\",server=\"db\"} 5.0"), samples, body);
  }

  private enum Role {
    PRIMARY {
      @Override
      public String toString() {
        return "the primary";
      }
    }
  }

  @Test
  void enumsGiveTheirNameOtherValuesTheirStringAndValuesAreEscapedAsTheFormatSays() throws Exception {
    RunningExporter exporter = start(definition()
        .constLabel("role", "Exporter.role", () -> Role.PRIMARY)
        .constLabel("port", "Exporter.port", () -> 5432)
        .constLabel("ratio", "Exporter.ratio", () -> 0.5)
        .constLabel("note", "Exporter.note", () -> "say \"hi\"\\\n")
        .collector(CollectorDefinition.of("tank", true, new GaugeCollector("tank_level", 2.5, null)))
        .build());
    assertSample(scrape(exporter, ""),
        "tank_level{note=\"say \\\"hi\\\"\\\\\\n\",port=\"5432\",ratio=\"0.5\",role=\"PRIMARY\"} 2.5");
  }

  @Test
  void aLabelThatIsNullFailsStartWithExitCode1AfterClosingWhatWasInitialised() throws Exception {
    ExporterDefinition definition = definition()
        .lifecycle(Lifecycle.init("Exporter.connect", () -> events.add("init")).andClose("Exporter",
            () -> events.add("close")))
        .collector(CollectorDefinition.of("tank", true, new GaugeCollector("tank_level", 2.5, null))
            .constLabel("server", "Tank.server()", () -> null))
        .build();
    try (StderrCapture stderr = new StderrCapture()) {
      ExporterException e = assertThrows(ExporterException.class, () -> start(definition));
      assertEquals(ExporterException.STARTUP, e.exitCode());
      assertEquals("constant label server from Tank.server() failed: value is null", e.getMessage());
      List<String> errors = stderr.text().lines().filter(line -> line.contains("level=error")).toList();
      assertEquals(1, errors.size(), stderr.text());
      assertTrue(errors.get(0).endsWith(
          " level=error msg=\"Cannot read constant label\" label=server member=Tank.server() err=\"value is null\""),
          errors.get(0));
      assertFalse(stderr.text().contains("Listening on"), stderr.text());
    }
    assertEquals(List.of("init", "close"), events);
  }

  @Test
  void aLabelThatThrowsFailsStartWithExitCode1NamingTheMember() {
    ExporterDefinition definition = definition()
        .constLabel("server", "Exporter.server()", () -> {
          throw new IllegalStateException("not connected");
        })
        .collector(CollectorDefinition.of("tank", true, new GaugeCollector("tank_level", 2.5, null)))
        .build();
    ExporterException e = assertThrows(ExporterException.class, () -> start(definition));
    assertEquals(ExporterException.STARTUP, e.exitCode());
    assertEquals("constant label server from Exporter.server() failed: IllegalStateException: not connected",
        e.getMessage());
  }
}
