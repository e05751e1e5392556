package dev.exporterbuilder.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.exporterbuilder.runtime.generated.CollectorDefinition;
import dev.exporterbuilder.runtime.generated.ExporterDefinition;
import io.prometheus.metrics.model.snapshots.GaugeSnapshot;
import io.prometheus.metrics.model.snapshots.GaugeSnapshot.GaugeDataPointSnapshot;
import io.prometheus.metrics.model.snapshots.Labels;
import io.prometheus.metrics.model.snapshots.MetricFamilyDescriptor;
import io.prometheus.metrics.model.snapshots.MetricMetadata;
import io.prometheus.metrics.model.snapshots.MetricSnapshots;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The scrape path over HTTP: collectors of one scrape run concurrently, each bounded by the
 * scrape's {@code X-Prometheus-Scrape-Timeout-Seconds} (minus 0.5 s), and {@code collect[]} /
 * {@code exclude[]} choose the collectors.
 */
class ScrapePathTest {

  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  private final List<RunningExporter> started = new ArrayList<>();
  private final CountDownLatch release = new CountDownLatch(1);

  @AfterEach
  void stop() {
    release.countDown();
    started.forEach(RunningExporter::close);
  }

  /** A collector that takes {@code millis} (forever when negative) and then reports {@code <name>_value 1}. */
  private ExporterCollector slow(String name, long millis) {
    MetricMetadata metadata = new MetricMetadata("path_" + name + "_value", "How " + name + " went.");
    return new ExporterCollector() {
      @Override
      public MetricSnapshots collect(MemberErrors errors) {
        try {
          if (millis < 0) {
            release.await();
          } else {
            Thread.sleep(millis);
          }
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        return MetricSnapshots.of(new GaugeSnapshot(metadata, List.of(new GaugeDataPointSnapshot(1, Labels.EMPTY, null))));
      }

      @Override
      public List<MetricFamilyDescriptor> getMetricFamilyDescriptors() {
        return List.of(MetricFamilyDescriptor.gauge(metadata.getPrometheusName()).help(metadata.getHelp()).build());
      }
    };
  }

  private URI start(CollectorDefinition... collectors) throws ExporterException {
    ExporterDefinition.Builder definition = ExporterDefinition.builder("path-test", 9999, ScrapePathTest.class)
        .namespace("path");
    for (CollectorDefinition collector : collectors) {
      definition.collector(collector);
    }
    RunningExporter exporter = ExporterRuntime.start(definition.build(), "--web.listen-address=127.0.0.1:0",
        "--web.disable-exporter-metrics");
    started.add(exporter);
    return URI.create("http://127.0.0.1:" + exporter.addresses().get(0).getPort());
  }

  private HttpResponse<String> get(URI base, String path, String... headers) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(20));
    if (headers.length > 0) {
      request.headers(headers);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static long millisSince(long start) {
    return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
  }

  @Test
  void collectorsOfOneScrapeRunConcurrently() throws Exception {
    URI base = start(
        CollectorDefinition.of("first", true, slow("first", 400)),
        CollectorDefinition.of("second", true, slow("second", 400)),
        CollectorDefinition.of("third", true, slow("third", 400)));
    long start = System.nanoTime();
    HttpResponse<String> response = get(base, "/metrics");
    long millis = millisSince(start);
    assertEquals(200, response.statusCode());
    for (String name : List.of("first", "second", "third")) {
      assertTrue(response.body().contains("path_" + name + "_value 1.0"), response.body());
      assertTrue(response.body().contains("path_scrape_collector_success{collector=\"" + name + "\"} 1.0"));
    }
    assertTrue(millis < 1_100, "three 400ms collectors in one scrape took " + millis + "ms: not concurrent");
  }

  @Test
  void scrapeTimeoutHeaderBoundsEveryCollector() throws Exception {
    URI base = start(
        CollectorDefinition.of("hung", true, slow("hung", -1)),
        CollectorDefinition.of("quick", true, slow("quick", 0)));
    long start = System.nanoTime();
    HttpResponse<String> response = get(base, "/metrics", "X-Prometheus-Scrape-Timeout-Seconds", "1.5");
    long millis = millisSince(start);
    assertEquals(200, response.statusCode());
    // without the deadline the hung collector would hold the scrape until the client gives up (20 s)
    assertTrue(millis >= 950 && millis < 2_500, "answered 0.5s before the 1.5s scrape timeout: " + millis + "ms");
    assertTrue(response.body().contains("path_scrape_collector_success{collector=\"hung\"} 0.0"), response.body());
    assertTrue(response.body().contains("path_quick_value 1.0"), response.body());
    assertFalse(response.body().contains("path_hung_value"), response.body());

    start = System.nanoTime();
    response = get(base, "/metrics", "X-Prometheus-Scrape-Timeout-Seconds", "10");
    assertTrue(millisSince(start) < 3_000, "the hung run of the first scrape is not waited for again (9.5 s if it were)");
    assertTrue(response.body().contains("path_scrape_collector_success{collector=\"hung\"} 0.0"), response.body());
  }

  @Test
  void withoutADeadlineOneCollectorRunsOnTheScrapeThreadAndTheOthersStillConcurrently() throws Exception {
    List<String> threads = new java.util.concurrent.CopyOnWriteArrayList<>();
    MetricMetadata metadata = new MetricMetadata("path_thread_value", "Where the collector ran.");
    ExporterCollector recording = new ExporterCollector() {
      @Override
      public MetricSnapshots collect(MemberErrors errors) {
        threads.add(Thread.currentThread().getName());
        return MetricSnapshots.of(new GaugeSnapshot(metadata, List.of(new GaugeDataPointSnapshot(1, Labels.EMPTY, null))));
      }

      @Override
      public List<MetricFamilyDescriptor> getMetricFamilyDescriptors() {
        return List.of(MetricFamilyDescriptor.gauge(metadata.getPrometheusName()).help(metadata.getHelp()).build());
      }
    };
    URI base = start(
        CollectorDefinition.of("slow", true, slow("slow", 600)),
        CollectorDefinition.of("recording", true, recording));
    long start = System.nanoTime();
    HttpResponse<String> response = get(base, "/metrics");
    long millis = millisSince(start);
    assertEquals(200, response.statusCode());
    assertTrue(response.body().contains("path_slow_value 1.0"), response.body());
    assertTrue(response.body().contains("path_thread_value 1.0"), response.body());
    assertTrue(threads.get(0).startsWith("exporter-http-"), "ran on " + threads);
    assertTrue(millis < 1_100, "the slow collector ran on a worker meanwhile: " + millis + "ms");

    assertEquals(200, get(base, "/metrics", "X-Prometheus-Scrape-Timeout-Seconds", "10").statusCode());
    assertTrue(threads.get(1).startsWith("exporter-collector-"), "with a deadline it runs on a worker: " + threads);
  }

  @Test
  void aCollectorThatLeavesItsThreadInterruptedStillGetsItsScrapeAnswered() throws Exception {
    MetricMetadata metadata = new MetricMetadata("path_interrupted_value", "A collector that sets the interrupt flag.");
    ExporterCollector interrupting = new ExporterCollector() {
      @Override
      public MetricSnapshots collect(MemberErrors errors) {
        Thread.currentThread().interrupt();
        return MetricSnapshots.of(new GaugeSnapshot(metadata, List.of(new GaugeDataPointSnapshot(1, Labels.EMPTY, null))));
      }

      @Override
      public List<MetricFamilyDescriptor> getMetricFamilyDescriptors() {
        return List.of(MetricFamilyDescriptor.gauge(metadata.getPrometheusName()).help(metadata.getHelp()).build());
      }
    };
    URI base = start(CollectorDefinition.of("interrupting", true, interrupting));
    for (int i = 0; i < 3; i++) {
      HttpResponse<String> response = get(base, "/metrics");
      assertEquals(200, response.statusCode());
      assertTrue(response.body().contains("path_interrupted_value 1.0"), response.body());
    }
  }

  @Test
  void anInvalidTimeoutHeaderIsIgnored() throws Exception {
    URI base = start(CollectorDefinition.of("quick", true, slow("quick", 0)));
    assertEquals(200, get(base, "/metrics", "X-Prometheus-Scrape-Timeout-Seconds", "soon").statusCode());
  }

  @Test
  void collectAndExcludeChooseTheCollectors() throws Exception {
    URI base = start(
        CollectorDefinition.of("first", true, slow("first", 0)),
        CollectorDefinition.of("second", true, slow("second", 0)),
        CollectorDefinition.of("third", true, slow("third", 0)));

    String only = get(base, "/metrics?collect[]=first&collect%5B%5D=third").body();
    assertTrue(only.contains("path_first_value") && only.contains("path_third_value"), only);
    assertFalse(only.contains("path_second_value"), only);
    assertFalse(only.contains("collector=\"second\""), "a collector not run has no self-metrics: " + only);

    String excluded = get(base, "/metrics?exclude[]=first").body();
    assertFalse(excluded.contains("path_first_value"), excluded);
    assertTrue(excluded.contains("path_second_value") && excluded.contains("path_third_value"), excluded);

    HttpResponse<String> both = get(base, "/metrics?collect[]=first&exclude[]=second");
    assertEquals(400, both.statusCode());
    assertEquals("collect[] and exclude[] cannot be used together\n", both.body());

    HttpResponse<String> unknown = get(base, "/metrics?collect[]=fourth");
    assertEquals(400, unknown.statusCode());
    assertEquals("unknown collector \"fourth\"; enabled collectors: first, second, third\n", unknown.body());

    String named = get(base, "/metrics?collect[]=first&name[]=path_first_value").body();
    assertTrue(named.contains("path_first_value 1.0") && !named.contains("path_scrape_collector"), named);
  }
}
