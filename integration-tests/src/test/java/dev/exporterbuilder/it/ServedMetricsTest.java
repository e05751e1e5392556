package dev.exporterbuilder.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.exporterbuilder.runtime.ExporterRuntime;
import dev.exporterbuilder.runtime.RunningExporter;
import dev.exporterbuilder.testsupport.Http;
import dev.exporterbuilder.testsupport.PrometheusTools;
import java.net.InetSocketAddress;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The generated collectors and Main of {@link QueueExporter}, served in-process and scraped over HTTP. */
class ServedMetricsTest {

  private RunningExporter exporter;

  @BeforeEach
  void resetStaticFlags() {
    QueueExporter.broker = "primary";
  }

  @AfterEach
  void stop() {
    if (exporter != null) {
      exporter.close();
    }
  }

  private InetSocketAddress start(String... flags) throws Exception {
    List<String> args = new ArrayList<>(List.of("--web.listen-address=127.0.0.1:0"));
    args.addAll(List.of(flags));
    exporter = ExporterRuntime.start(QueueExporterMain.definition(), args.toArray(new String[0]));
    return exporter.addresses().get(0);
  }

  private static Map<String, Double> scrape(InetSocketAddress address) throws Exception {
    HttpResponse<String> response = Http.get(address, "/metrics");
    assertEquals(200, response.statusCode(), response.body());
    return Http.samples(response.body());
  }

  @Test
  void servesEveryMemberWithItsValue() throws Exception {
    Map<String, Double> samples = scrape(start());

    assertEquals(7.0, samples.get("queue_it_queue_orders_depth"));
    assertEquals(15.0, samples.get("queue_it_queue_poll_interval_seconds"));
    assertEquals(0.0, samples.get("queue_it_queue_mode"));
    assertEquals(0.0, samples.get("queue_it_queue_tags"));
    assertEquals(0.0, samples.get("queue_it_queue_paused"));
    assertEquals(3.0, samples.get("queue_it_queue_spool_depth"));
    assertEquals(0.25, samples.get("queue_it_queue_fill_ratio"));
    assertEquals(42.0, samples.get("queue_it_queue_consumed_total"));
    assertEquals(7.0, samples.get("queue_it_broker_name_length"));
    assertFalse(samples.containsKey("queue_it_queue_oldest_message_age_seconds"), "an empty optional has no sample");
  }

  @Test
  void writesHelpAndTypeLines() throws Exception {
    String body = Http.get(start(), "/metrics").body();

    assertTrue(body.contains("# HELP queue_it_queue_orders_depth Messages waiting in the orders queue.\n"), body);
    assertTrue(body.contains("# TYPE queue_it_queue_orders_depth gauge\n"), body);
    assertTrue(body.contains("# TYPE queue_it_queue_consumed_total counter\n"), body);
    assertTrue(body.contains("# HELP queue_it_queue_poll_interval_seconds How often the broker is polled.\n"), body);
  }

  @Test
  void appliesFlagsOfEveryType() throws Exception {
    Map<String, Double> samples = scrape(start(
        "--broker=eu-west",
        "--collector.queues.orders-depth=11",
        "--collector.queues.scale", "2",
        "--collector.queues.poll-interval=1m30s",
        "--collector.queues.mode=SAFE",
        "--collector.queues.tags=a", "--collector.queues.tags=b",
        "--collector.queues.paused",
        "--collector.queues.spool=/a/b",
        "--collector.queues.oldest=5"));

    assertEquals(7.0, samples.get("queue_it_broker_name_length"));
    assertEquals(11.0, samples.get("queue_it_queue_orders_depth"));
    assertEquals(0.5, samples.get("queue_it_queue_fill_ratio"));
    assertEquals(90.0, samples.get("queue_it_queue_poll_interval_seconds"));
    assertEquals(1.0, samples.get("queue_it_queue_mode"));
    assertEquals(2.0, samples.get("queue_it_queue_tags"));
    assertEquals(1.0, samples.get("queue_it_queue_paused"));
    assertEquals(2.0, samples.get("queue_it_queue_spool_depth"));
    assertEquals(5.0, samples.get("queue_it_queue_oldest_message_age_seconds"));
  }

  @Test
  void aFailingMemberCostsOnlyItsOwnSamples() throws Exception {
    HttpResponse<String> response = Http.get(start(), "/metrics");
    assertEquals(200, response.statusCode());
    Map<String, Double> samples = Http.samples(response.body());

    assertEquals(1.5, samples.get("queue_it_healthy"));
    for (String failed : List.of("queue_it_broken", "queue_it_unchecked", "queue_it_asserted", "queue_it_negative_total",
        "queue_it_not_a_number_total", "queue_it_missing")) {
      assertFalse(samples.containsKey(failed), failed + " should have no sample");
    }
    assertEquals(0.0, samples.get("queue_it_scrape_collector_success{collector=\"faults\"}"));
    assertEquals(1.0, samples.get("queue_it_scrape_collector_success{collector=\"queues\"}"));
    assertEquals(1.0, samples.get("queue_it_scrape_collector_success{collector=\"queue_it\"}"));
    assertTrue(samples.containsKey("queue_it_scrape_collector_duration_seconds{collector=\"faults\"}"));
    assertFalse(response.body().contains("Exception"), "no exception text in a response");
    assertFalse(response.body().contains("\tat "), "no stack trace in a response");
  }

  @Test
  void labelledMembersGiveOneEscapedSamplePerEntry() throws Exception {
    String body = Http.get(start(), "/metrics").body();
    for (String series : List.of(
        "queue_it_device_temperatures_celsius{device=\"quote\\\"d\"} 1.0",
        "queue_it_device_temperatures_celsius{device=\"back\\\\slash\"} 2.0",
        "queue_it_device_temperatures_celsius{device=\"new\\nline\"} 3.0",
        "queue_it_device_temperatures_celsius{device=\"üñí©ødé ✓\"} 4.0",
        "queue_it_device_temperatures_celsius{device=\"\"} 5.0",
        "queue_it_device_changes_total{state=\"UP\"} 7.0",
        "queue_it_device_changes_total{state=\"DOWN\"} 2.0",
        "queue_it_device_zone_temperature_celsius{type=\"x86_pkg_temp\",zone=\"0\"} 52.5",
        "queue_it_device_zone_temperature_celsius{type=\"acpi\\\"tz\\\"\",zone=\"1\"} 40.0",
        "queue_it_device_zone_temperature_celsius{type=\"\",zone=\"2\"} 1.0",
        "queue_it_device_port_received_bytes_total{link=\"UP\",port=\"eth0\"} 1500.0",
        "queue_it_device_port_received_bytes_total{link=\"DOWN\",port=\"eth1\"} 0.0",
        "queue_it_device_flows_ratio{pipe=\"main\"} 0.5",
        "queue_it_device_disk_free_bytes{device=\"sda1\",host=\"db1\",mountpoint=\"/\"} 1024.0",
        "queue_it_device_disk_free_bytes{device=\"sdb1\",host=\"db1\",mountpoint=\"/data dir\"} 2048.0",
        "queue_it_device_controller_info{build=\"2026-01-05\",version=\"2.1.0\"} 1",
        "queue_it_device_link{queue_it_device_link=\"UP\"} 0",
        "queue_it_device_link{queue_it_device_link=\"DOWN\"} 1")) {
      assertTrue(body.contains(series + "\n"), series + " in\n" + body);
    }
    assertFalse(body.contains("skipped"), "a null value has no sample");
    assertFalse(body.contains("spare"), "an empty optional has no sample");
    assertFalse(body.contains("queue_it_duplicated"), "a duplicate label set costs that metric");
    int closed = Devices.streamsClosed.get();
    Http.get(exporter.addresses().get(0), "/metrics");
    assertEquals(closed + 1, Devices.streamsClosed.get(), "the stream of a member is closed after each scrape");
    assertTrue(body.contains("queue_it_scrape_collector_success{collector=\"devices\"} 1.0"), body);
    PrometheusTools.assertLintClean(body);
  }

  @Test
  void directInstrumentationServesWhatTheAuthorsCodeRecorded() throws Exception {
    InetSocketAddress address = start();
    Rpc.served("get", 0.05, 512, "4bf92f3577b34da6");
    Rpc.served("get", 0.5, 2048, "00f067aa0ba902b7");

    String text = Http.get(address, "/metrics").body();
    for (String series : List.of(
        "queue_it_rpc_requests_total{code=\"ok\",method=\"get\"} 2.0",
        "queue_it_rpc_latency_seconds_bucket{method=\"get\",le=\"0.01\"} 0",
        "queue_it_rpc_latency_seconds_bucket{method=\"get\",le=\"0.1\"} 1",
        "queue_it_rpc_latency_seconds_bucket{method=\"get\",le=\"1.0\"} 2",
        "queue_it_rpc_latency_seconds_bucket{method=\"get\",le=\"+Inf\"} 2",
        "queue_it_rpc_latency_seconds_count{method=\"get\"} 2",
        "queue_it_rpc_size_bytes_count 2")) {
      assertTrue(text.contains(series + "\n"), series + " in\n" + text);
    }
    assertTrue(text.contains("queue_it_rpc_size_bytes{quantile=\"0.5\"}"), text);
    assertTrue(text.contains("# TYPE queue_it_rpc_latency_seconds histogram\n"), text);

    String openMetrics = Http.get(address, "/metrics",
        "Accept", "application/openmetrics-text; version=1.0.0; charset=utf-8").body();
    assertTrue(openMetrics.contains("# {trace_id=\"4bf92f3577b34da6\"} 0.05"), "exemplar on the bucket:\n" + openMetrics);
    assertTrue(openMetrics.contains("queue_it_rpc_requests_total{code=\"ok\",method=\"get\"} 2.0 # {trace_id="),
        "exemplar on the counter:\n" + openMetrics);
    PrometheusTools.assertLintClean(text); // last: without promtool outside CI it skips the rest of a test
  }

  @Test
  void disabledCollectorsAreAbsentUntilEnabled() throws Exception {
    Map<String, Double> byDefault = scrape(start());
    assertFalse(byDefault.containsKey("queue_it_extra"));
    assertFalse(byDefault.containsKey("queue_it_scrape_collector_success{collector=\"extras\"}"));
    exporter.close();

    Map<String, Double> enabled = scrape(start("--collector.extras", "--no-collector.queues"));
    assertEquals(9.0, enabled.get("queue_it_extra"));
    assertEquals(1.0, enabled.get("queue_it_scrape_collector_success{collector=\"extras\"}"));
    assertFalse(enabled.containsKey("queue_it_queue_orders_depth"), "--no-collector.queues disables it");
  }

  @Test
  void servesBuildInfoAndJvmMetrics() throws Exception {
    String body = Http.get(start(), "/metrics").body();
    assertTrue(body.contains("queue_it_exporter_build_info{"), body);
    assertTrue(body.contains("javaversion=\"" + System.getProperty("java.version") + "\""), body);
    assertTrue(body.contains("\njvm_"), "JVM metrics are on by default");
    assertTrue(body.contains("\nprocess_"), "process metrics are on by default");
  }

  @Test
  void negotiatesOpenMetrics() throws Exception {
    HttpResponse<String> response = Http.get(start(), "/metrics",
        "Accept", "application/openmetrics-text; version=1.0.0; charset=utf-8");
    assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/openmetrics-text"));
    assertTrue(response.body().endsWith("# EOF\n"), response.body());
    assertTrue(response.body().contains("# TYPE queue_it_queue_consumed counter\n"), response.body());
    assertTrue(response.body().contains("queue_it_queue_consumed_total 42.0"), response.body());
  }

  @Test
  void nameFilterReturnsExactlyTheFamilyAsked() throws Exception {
    Map<String, Double> samples = Http.samples(
        Http.get(start(), "/metrics?name[]=queue_it_queue_orders_depth").body());
    assertEquals(Map.of("queue_it_queue_orders_depth", 7.0), samples);
  }

  @Test
  void landingPageListsCollectors() throws Exception {
    InetSocketAddress address = start();
    HttpResponse<String> landing = Http.get(address, "/");
    assertEquals(200, landing.statusCode());
    assertTrue(landing.body().contains("queue-it"), landing.body());
    assertTrue(landing.body().contains("href=\"./metrics\""), landing.body());
    for (String collector : List.of("queue_it", "queues", "faults", "extras")) {
      assertTrue(landing.body().contains(collector), collector + " on the landing page");
    }
    assertEquals(404, Http.get(address, "/other").statusCode());
    assertEquals(200, Http.get(address, "/-/healthy").statusCode());
  }

  @Test
  void anotherTelemetryPath() throws Exception {
    InetSocketAddress address = start("--web.telemetry-path=/probe");
    assertEquals(200, Http.get(address, "/probe").statusCode());
    assertEquals(404, Http.get(address, "/metrics").statusCode());
  }

  @Test
  void cachedCollectorIsRefreshedInTheBackgroundAndServesItsAge() throws Exception {
    InetSocketAddress address = start("--collector.inventory");
    String body = Http.get(address, "/metrics").body();
    assertTrue(body.contains("# HELP queue_it_inventory_reads Times the inventory was read. (cached, refreshed every 500ms)"),
        body);
    Map<String, Double> first = Http.samples(body);
    Double firstReads = first.get("queue_it_inventory_reads");
    assertTrue(firstReads != null && firstReads >= 1, "the first scrape waits for the first refresh: " + firstReads);
    assertEquals(1.0, first.get("queue_it_scrape_collector_success{collector=\"inventory\"}"));
    double firstAge = first.get("queue_it_scrape_collector_cache_age_seconds{collector=\"inventory\"}");
    assertTrue(firstAge >= 0 && firstAge < 0.5, "age " + firstAge);
    assertFalse(first.containsKey("queue_it_scrape_collector_cache_age_seconds{collector=\"queues\"}"),
        "only cached collectors have an age");

    Map<String, Double> second = scrape(address);
    assertEquals(firstReads, second.get("queue_it_inventory_reads"), "a scrape does not read a cached collector");

    Thread.sleep(1_300);
    Map<String, Double> later = scrape(address);
    assertTrue(later.get("queue_it_inventory_reads") >= firstReads + 2,
        "refreshed about every 500ms without scrapes: " + firstReads + " then " + later.get("queue_it_inventory_reads"));
    double laterAge = later.get("queue_it_scrape_collector_cache_age_seconds{collector=\"inventory\"}");
    assertTrue(laterAge >= 0 && laterAge < 0.5 + 0.4, "never much older than the interval: " + laterAge);
  }

  @Test
  void collectorThatOverrunsItsTimeoutIsReportedAndTheScrapeAnswersInTime() throws Exception {
    int callsBefore = Stalled.CALLS.get();
    InetSocketAddress address = start("--collector.stalled");

    long start = System.nanoTime();
    HttpResponse<String> response = Http.get(address, "/metrics");
    long millis = (System.nanoTime() - start) / 1_000_000;
    assertEquals(200, response.statusCode());
    assertTrue(millis >= 1_000 && millis < 1_000 + 1_500, "answered after the 1s timeout plus a margin: " + millis + "ms");
    Map<String, Double> samples = Http.samples(response.body());
    assertEquals(0.0, samples.get("queue_it_scrape_collector_success{collector=\"stalled\"}"));
    assertFalse(samples.containsKey("queue_it_stalled_reading"));
    assertEquals(1.0, samples.get("queue_it_scrape_collector_success{collector=\"queues\"}"));
    assertEquals(7.0, samples.get("queue_it_queue_orders_depth"), "healthy collectors are all there");

    start = System.nanoTime();
    Map<String, Double> again = scrape(address);
    millis = (System.nanoTime() - start) / 1_000_000;
    assertTrue(millis < 700, "the run still going is not waited for again (1s if it were): " + millis + "ms");
    assertEquals(0.0, again.get("queue_it_scrape_collector_success{collector=\"stalled\"}"));
    assertEquals(callsBefore + 1, Stalled.CALLS.get(), "and not started twice");
  }

  @Test
  void scrapeTimeHistogramsAndSummariesRelayTheirBuckets() throws Exception {
    String body = Http.get(start(), "/metrics").body();
    Map<String, Double> samples = Http.samples(body);
    assertTrue(body.contains("# TYPE queue_it_broker_delivery_seconds histogram"), body);
    assertEquals(3.0, samples.get("queue_it_broker_delivery_seconds_bucket{le=\"0.1\"}"));
    assertEquals(7.0, samples.get("queue_it_broker_delivery_seconds_bucket{le=\"0.5\"}"));
    assertEquals(9.0, samples.get("queue_it_broker_delivery_seconds_bucket{le=\"1.0\"}"));
    assertEquals(10.0, samples.get("queue_it_broker_delivery_seconds_bucket{le=\"+Inf\"}"));
    assertEquals(10.0, samples.get("queue_it_broker_delivery_seconds_count"));
    assertEquals(2.5, samples.get("queue_it_broker_delivery_seconds_sum"));

    assertEquals(4.0, samples.get("queue_it_broker_message_size_bytes_bucket{queue=\"orders\",le=\"2048.0\"}"));
    assertEquals(4.0, samples.get("queue_it_broker_message_size_bytes_count{queue=\"orders\"}"));
    assertFalse(body.contains("refunds"), "a null value has no sample");

    assertTrue(body.contains("# TYPE queue_it_broker_publish_seconds summary"), body);
    assertEquals(0.4, samples.get("queue_it_broker_publish_seconds{topic=\"audit\",quantile=\"0.99\"}"));
    assertEquals(5.0, samples.get("queue_it_broker_publish_seconds_count{topic=\"audit\"}"));

    assertFalse(body.contains("queue_it_broker_garbled_seconds_bucket"), "garbage buckets cost only their member");
    assertEquals(0.0, samples.get("queue_it_scrape_collector_success{collector=\"broker_stats\"}"));
    PrometheusTools.assertLintClean(body);
  }
}
