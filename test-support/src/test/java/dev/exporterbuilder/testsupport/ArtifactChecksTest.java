package dev.exporterbuilder.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;

/**
 * ArtifactChecks on a hand-written set of artifacts that follows the contract (src/test/resources/artifacts/demo):
 * it passes every check, and each check fails when one thing in one file is wrong.
 */
class ArtifactChecksTest {

  @TempDir
  Path temp;

  private Path fixture() throws IOException, URISyntaxException {
    Path source = Path.of(ArtifactChecksTest.class.getResource("/artifacts/demo").toURI());
    Path copy = Files.createDirectories(temp.resolve("artifacts").resolve("demo"));
    for (String file : OperatorArtifacts.FILES) {
      Files.copy(source.resolve(file), copy.resolve(file));
    }
    return copy;
  }

  private static void replace(Path directory, String file, String from, String to) throws IOException {
    String text = Files.readString(directory.resolve(file));
    assertTrue(text.contains(from), () -> file + " does not contain " + from);
    Files.writeString(directory.resolve(file), text.replace(from, to));
  }

  private Path work() throws IOException {
    return Files.createDirectories(temp.resolve("work"));
  }

  @Test
  void theFixturePassesEveryCheck() throws Exception {
    OperatorArtifacts artifacts = OperatorArtifacts.load(fixture());
    ArtifactChecks.checkAll(artifacts, work());
  }

  @Test
  void theUnitTestsMakeEveryAlertFireAndCoverEveryCollector() throws Exception {
    OperatorArtifacts artifacts = OperatorArtifacts.load(fixture());
    AlertUnitTests tests = ArtifactChecks.testRules(artifacts, work());
    assertEquals(Set.of("DemoExporterDown", "DemoCollectorFailing", "DemoCollectorStale", "DemoScrapeNearTimeout"),
        tests.firedAlerts());
    String yaml = Files.readString(work().resolve("demo/test-rules/alerts_test.yml"));
    // CollectorFailing fires once for each collector, CollectorStale for the cached one only
    assertTrue(yaml.contains("collector: cpu") && yaml.contains("collector: disk"), yaml);
    assertTrue(yaml.contains("The cached samples of disk on localhost:9555 are 120 s old."), yaml);
    assertTrue(yaml.contains("Scrapes of localhost:9555 take 10 s, near the 10s timeout."), yaml);
  }

  @Test
  void anAlertWithoutAScenarioFails() throws Exception {
    Path directory = fixture();
    replace(directory, "alerts.yml", "      - alert: DemoScrapeNearTimeout\n",
        "      - alert: DemoSomethingElse\n"
            + "        expr: up == 2\n"
            + "        labels:\n"
            + "          severity: warning\n"
            + "        annotations:\n"
            + "          summary: s\n"
            + "          description: d\n"
            + "          runbook_url: METRICS.md#demoexporterdown\n"
            + "      - alert: DemoScrapeNearTimeout\n");
    AssertionFailedError error = assertThrows(AssertionFailedError.class,
        () -> ArtifactChecks.testRules(OperatorArtifacts.load(directory), work()));
    assertTrue(error.getMessage().contains("no unit-test scenario for the alert DemoSomethingElse"), error.getMessage());
  }

  @Test
  void anAlertThatFiresForTheWrongValueFailsItsUnitTests() throws Exception {
    Path directory = fixture();
    replace(directory, "alerts.yml", "demo_scrape_collector_success{job=\"demo\"} == 0",
        "demo_scrape_collector_success{job=\"demo\"} == 1");
    AssertionFailedError error = assertThrows(AssertionFailedError.class,
        () -> ArtifactChecks.testRules(OperatorArtifacts.load(directory), work()));
    assertTrue(error.getMessage().contains("DemoCollectorFailing"), error.getMessage());
  }

  @Test
  void anAlertThatFiresAfterAShortFailureFailsItsUnitTests() throws Exception {
    Path directory = fixture();
    // min_over_time keeps a failure of 4 minutes in view for 10 more: the alert fires for a failure shorter than its for
    replace(directory, "alerts.yml", "expr: demo_scrape_collector_success{job=\"demo\"} == 0",
        "expr: min_over_time(demo_scrape_collector_success{job=\"demo\"}[10m]) == 0");
    AssertionFailedError error = assertThrows(AssertionFailedError.class,
        () -> ArtifactChecks.testRules(OperatorArtifacts.load(directory), work()));
    assertTrue(error.getMessage().contains("DemoCollectorFailing"), error.getMessage());
  }

  @Test
  void invalidRulesFailPromtoolCheckRules() throws Exception {
    Path directory = fixture();
    replace(directory, "alerts.yml", "up{job=\"demo\"} == 0", "up{job=\"demo\" == 0");
    AssertionFailedError error = assertThrows(AssertionFailedError.class,
        () -> ArtifactChecks.checkRules(OperatorArtifacts.load(directory), work()));
    assertTrue(error.getMessage().contains("promtool check rules"), error.getMessage());
  }

  @Test
  void aRunbookLinkToAMissingSectionFails() throws Exception {
    Path directory = fixture();
    replace(directory, "METRICS.md", "### DemoCollectorStale", "### Stale collectors");
    AssertionFailedError error = assertThrows(AssertionFailedError.class,
        () -> ArtifactChecks.checkRunbooks(OperatorArtifacts.load(directory)));
    assertTrue(error.getMessage().contains("METRICS.md#democollectorstale"), error.getMessage());
  }

  @Test
  void aScrapeTimeoutLongerThanTheIntervalFailsPromtoolCheckConfig() throws Exception {
    Path directory = fixture();
    replace(directory, "scrape.yml", "scrape_timeout: 10s", "scrape_timeout: 20s");
    AssertionFailedError error = assertThrows(AssertionFailedError.class,
        () -> ArtifactChecks.checkConfig(OperatorArtifacts.load(directory), work()));
    assertTrue(error.getMessage().contains("promtool check config"), error.getMessage());
  }

  @Test
  void aScrapeTimeoutShorterThanACollectorsTimeoutFails() throws Exception {
    Path directory = fixture();
    replace(directory, "scrape.yml", "scrape_timeout: 10s", "scrape_timeout: 4s");
    AssertionFailedError error = assertThrows(AssertionFailedError.class,
        () -> ArtifactChecks.checkConfig(OperatorArtifacts.load(directory), work()));
    assertTrue(error.getMessage().contains("collector \"disk\""), error.getMessage());
  }

  @Test
  void aDashboardExpressionThatDoesNotParseFails() throws Exception {
    Path directory = fixture();
    replace(directory, "dashboard.json", "[$__rate_interval]))\", \"legendFormat\": \"{{mode}}\"",
        "[$__rate_interval])\", \"legendFormat\": \"{{mode}}\"");
    AssertionFailedError error = assertThrows(AssertionFailedError.class,
        () -> ArtifactChecks.checkDashboard(OperatorArtifacts.load(directory), work()));
    assertTrue(error.getMessage().contains("promtool check rules"), error.getMessage());
  }

  @Test
  void aDashboardMetricMissingFromTheCatalogFails() throws Exception {
    Path directory = fixture();
    replace(directory, "dashboard.json", "demo_cpu_seconds_total{", "demo_cpu_seconds{");
    AssertionFailedError error = assertThrows(AssertionFailedError.class,
        () -> ArtifactChecks.checkDashboard(OperatorArtifacts.load(directory), work()));
    assertTrue(error.getMessage().contains("demo_cpu_seconds is not in metrics.json"), error.getMessage());
  }

  @Test
  void aDashboardNameRegexMatchingNoFamilyFails() throws Exception {
    Path directory = fixture();
    replace(directory, "dashboard.json", "demo_disk_.+_bytes", "demo_net_.+_bytes");
    AssertionFailedError error = assertThrows(AssertionFailedError.class,
        () -> ArtifactChecks.checkDashboard(OperatorArtifacts.load(directory), work()));
    assertTrue(error.getMessage().contains("matches no metric"), error.getMessage());
  }

  @Test
  void duplicatePanelIdsFail() throws Exception {
    Path directory = fixture();
    replace(directory, "dashboard.json", "{\"id\": 8,", "{\"id\": 5,");
    AssertionFailedError error = assertThrows(AssertionFailedError.class,
        () -> ArtifactChecks.checkDashboard(OperatorArtifacts.load(directory), work()));
    assertTrue(error.getMessage().contains("panel id 5 is used twice"), error.getMessage());
  }

  @Test
  void aTargetWithoutLegendFormatFails() throws Exception {
    Path directory = fixture();
    replace(directory, "dashboard.json", ", \"legendFormat\": \"\"}", "}");
    AssertionFailedError error = assertThrows(AssertionFailedError.class,
        () -> ArtifactChecks.checkDashboard(OperatorArtifacts.load(directory), work()));
    assertTrue(error.getMessage().contains("panel 8: a target without legendFormat"), error.getMessage());
  }

  @Test
  void anUndefinedDashboardVariableFails() throws Exception {
    Path directory = fixture();
    replace(directory, "dashboard.json", "up{job=\\\"demo\\\",", "up{job=~\\\"$job\\\",");
    AssertionFailedError error = assertThrows(AssertionFailedError.class,
        () -> ArtifactChecks.checkDashboard(OperatorArtifacts.load(directory), work()));
    assertTrue(error.getMessage().contains("a variable the dashboard does not define"), error.getMessage());
  }

  @Test
  void aFieldTheDeploymentSchemaDoesNotKnowFails() throws Exception {
    Path directory = fixture();
    replace(directory, "kubernetes.yaml", "          readinessProbe:", "          readinesProbe:");
    AssertionFailedError error = assertThrows(AssertionFailedError.class,
        () -> ArtifactChecks.checkKubernetes(OperatorArtifacts.load(directory)));
    assertTrue(error.getMessage().contains("readinesProbe"), error.getMessage());
  }

  @Test
  void aServiceMonitorFieldOfTheWrongTypeFails() throws Exception {
    Path directory = fixture();
    replace(directory, "kubernetes.yaml", "      path: /metrics", "      path: [/metrics]");
    AssertionFailedError error = assertThrows(AssertionFailedError.class,
        () -> ArtifactChecks.checkKubernetes(OperatorArtifacts.load(directory)));
    assertTrue(error.getMessage().contains("ServiceMonitor does not match its schema"), error.getMessage());
  }

  @Test
  void aSecretWrittenIntoTheDeploymentFails() throws Exception {
    Path directory = fixture();
    replace(directory, "kubernetes.yaml",
        "              valueFrom:\n"
            + "                secretKeyRef:\n"
            + "                  name: demo\n"
            + "                  key: demo_data_source_name\n",
        "              value: \"postgresql://user:password@db/demo\"\n");
    AssertionFailedError error = assertThrows(AssertionFailedError.class,
        () -> ArtifactChecks.checkKubernetes(OperatorArtifacts.load(directory)));
    assertTrue(error.getMessage().contains("literal value"), error.getMessage());
  }

  @Test
  void aServiceMonitorOnAnotherPortFails() throws Exception {
    Path directory = fixture();
    replace(directory, "kubernetes.yaml", "    - port: metrics", "    - port: web");
    assertThrows(AssertionFailedError.class, () -> ArtifactChecks.checkKubernetes(OperatorArtifacts.load(directory)));
  }

  @Test
  void aServiceSelectingOtherPodsFails() throws Exception {
    Path directory = fixture();
    replace(directory, "kubernetes.yaml",
        "spec:\n  selector:\n    app.kubernetes.io/name: demo\n",
        "spec:\n  selector:\n    app.kubernetes.io/name: other\n");
    AssertionFailedError error = assertThrows(AssertionFailedError.class,
        () -> ArtifactChecks.checkKubernetes(OperatorArtifacts.load(directory)));
    assertTrue(error.getMessage().contains("the Service's selector"), error.getMessage());
  }
}
