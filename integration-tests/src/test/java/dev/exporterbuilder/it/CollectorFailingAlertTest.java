package dev.exporterbuilder.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.exporterbuilder.testsupport.ExporterProcess;
import dev.exporterbuilder.testsupport.OperatorArtifacts;
import dev.exporterbuilder.testsupport.PrometheusServer;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * End to end: a real Prometheus loads the scrape.yml and alerts.yml the processor generated for
 * {@link AlertingExporter}, scrapes the exporter started from its generated Main in a process, and
 * fires {@code AlertingItCollectorFailing} for the collector that starts failing, and for it only;
 * then, the exporter stopped, {@code AlertingItExporterDown}.
 *
 * <p>Only time is shortened, so that the test runs in seconds: every {@code for:} of alerts.yml
 * (5m, 15m) becomes 2s, and the scrape and evaluation intervals (15s) become 1s, with a 1s
 * scrape_timeout, which Prometheus requires to be no longer than the interval. The target
 * {@code localhost:19388} of scrape.yml becomes the address the exporter really listens on. The
 * whole test is bounded to 60 s; it takes about 20.
 */
class CollectorFailingAlertTest {

  private static final Path ARTIFACTS = Path.of("target", "exporter-builder", "alerting-it");
  private static final String ALERT = "AlertingItCollectorFailing";
  private static final String DOWN_ALERT = "AlertingItExporterDown";
  private static final Duration SHORTENED_FOR = Duration.ofSeconds(2);
  private static final Duration QUIET_PERIOD = Duration.ofSeconds(4);
  private static final Duration FIRING_TIMEOUT = Duration.ofSeconds(30);
  private static final JsonMapper JSON = JsonMapper.builder().build();

  @TempDir
  Path work;

  @Test
  @Timeout(60)
  void collectorFailingGoesFromInactiveToFiringWhenACollectorStartsFailingThenExporterDown() throws Exception {
    OperatorArtifacts artifacts = OperatorArtifacts.load(ARTIFACTS);
    Path failSwitch = work.resolve("fail");
    try (ExporterProcess exporter = ExporterProcess.start(AlertingExporterMain.class,
        "--web.listen-address=127.0.0.1:0", "--collector.switched.fail-while=" + failSwitch)) {
      InetSocketAddress address = exporter.awaitListening();
      String target = "127.0.0.1:" + address.getPort();

      String alerts = artifacts.text("alerts.yml").replaceAll("(?m)^(\\s+for:) \\S+$", "$1 " + SHORTENED_FOR.toSeconds() + "s");
      assertTrue(alerts.contains("for: 2s"), alerts);
      Files.writeString(work.resolve("alerts.yml"), alerts);
      String config = prometheusConfig(artifacts, target);

      try (PrometheusServer prometheus = PrometheusServer.start(work, config)) {
        prometheus.awaitValue("up{job=\"alerting-it\",instance=\"" + target + "\"}", "1", Duration.ofSeconds(30));
        prometheus.awaitValue("alerting_it_scrape_collector_success{collector=\"switched\"}", "1",
            Duration.ofSeconds(30));
        // rules were evaluated over healthy scrapes for longer than the shortened for: nothing pending, nothing firing
        Thread.sleep(QUIET_PERIOD.toMillis());
        assertEquals(List.of(), activeAlerts(prometheus), "alerts while every collector succeeds");

        Files.writeString(failSwitch, "fail");
        prometheus.awaitValue("alerting_it_scrape_collector_success{collector=\"switched\"}", "0",
            Duration.ofSeconds(30));
        JsonNode firing = awaitFiring(prometheus, exporter, ALERT);
        JsonNode labels = firing.path("labels");
        assertEquals("switched", labels.path("collector").asString(), firing.toString());
        assertEquals(target, labels.path("instance").asString(), firing.toString());
        assertEquals("warning", labels.path("severity").asString(), firing.toString());
        assertEquals("alerting-it", labels.path("job").asString(), firing.toString());
        assertTrue(firing.path("annotations").path("description").asString().contains("switched"), firing.toString());
        for (JsonNode alert : activeAlerts(prometheus)) {
          assertTrue(!alert.path("labels").path("collector").asString().equals("steady"),
              () -> "the steady collector alerts too: " + alert);
        }

        // and once the exporter is gone, ExporterDown
        exporter.terminate();
        JsonNode down = awaitFiring(prometheus, exporter, DOWN_ALERT);
        assertEquals(target, down.path("labels").path("instance").asString(), down.toString());
        assertEquals("critical", down.path("labels").path("severity").asString(), down.toString());
      }
    }
  }

  /**
   * prometheus.yml: scrape.yml's jobs with the exporter's target and the shortened intervals, and
   * the shortened alerts.yml.
   */
  private static String prometheusConfig(OperatorArtifacts artifacts, String target) {
    List<Map<String, Object>> jobs = new ArrayList<>();
    for (Map<String, Object> job : artifacts.scrapeConfigs()) {
      Map<String, Object> copy = new LinkedHashMap<>(job);
      if (artifacts.name().equals(job.get("job_name"))) {
        copy.put("scrape_interval", "1s");
        copy.put("scrape_timeout", "1s");
        copy.put("static_configs", List.of(Map.of("targets", List.of(target))));
        jobs.add(copy);
      }
    }
    assertEquals(1, jobs.size(), "the exporter's job in scrape.yml");
    Map<String, Object> config = new LinkedHashMap<>();
    config.put("global", Map.of("scrape_interval", "1s", "evaluation_interval", "1s"));
    config.put("rule_files", List.of("alerts.yml"));
    config.put("scrape_configs", jobs);
    DumperOptions options = new DumperOptions();
    options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
    return new Yaml(options).dump(config);
  }

  private static List<JsonNode> activeAlerts(PrometheusServer prometheus) throws Exception {
    List<JsonNode> alerts = new ArrayList<>();
    JSON.readTree(prometheus.alerts()).path("data").path("alerts").forEach(alerts::add);
    return alerts;
  }

  /** Polls /api/v1/alerts until {@code name} is firing; fails after {@link #FIRING_TIMEOUT}. */
  private static JsonNode awaitFiring(PrometheusServer prometheus, ExporterProcess exporter, String name)
      throws Exception {
    long deadline = System.nanoTime() + FIRING_TIMEOUT.toNanos();
    List<JsonNode> last = List.of();
    while (System.nanoTime() < deadline) {
      last = activeAlerts(prometheus);
      for (JsonNode alert : last) {
        if (name.equals(alert.path("labels").path("alertname").asString())
            && "firing".equals(alert.path("state").asString())) {
          return alert;
        }
      }
      Thread.sleep(250);
    }
    return fail(name + " not firing after " + FIRING_TIMEOUT + "; alerts: " + last + "\nPrometheus log:\n"
        + prometheus.log() + exporter.describe());
  }
}
