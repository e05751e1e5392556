package dev.exporterbuilder.example;

import dev.exporterbuilder.testsupport.ArtifactChecks;
import dev.exporterbuilder.testsupport.OperatorArtifacts;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The operator artifacts the processor wrote for the host exporter (target/exporter-builder/host/),
 * checked by the tools that read them: promtool, and the Kubernetes and prometheus-operator schemas.
 */
class OperatorArtifactsTest {

  private static OperatorArtifacts artifacts;

  @TempDir
  Path work;

  @BeforeAll
  static void load() throws Exception {
    artifacts = OperatorArtifacts.load(Path.of("target", "exporter-builder", "host"));
  }

  @Test
  void promtoolChecksTheRules() throws Exception {
    ArtifactChecks.checkRules(artifacts, work);
  }

  @Test
  void everyAlertFiresAndStaysQuietInPromtoolsUnitTests() throws Exception {
    ArtifactChecks.testRules(artifacts, work);
  }

  @Test
  void everyRunbookLinkNamesASectionOfMetricsMd() throws Exception {
    ArtifactChecks.checkRunbooks(artifacts);
  }

  @Test
  void promtoolChecksAPrometheusConfigAroundScrapeYml() throws Exception {
    ArtifactChecks.checkConfig(artifacts, work);
  }

  @Test
  void everyDashboardExpressionParsesAndNamesCataloguedMetrics() throws Exception {
    ArtifactChecks.checkDashboard(artifacts, work);
  }

  @Test
  void theKubernetesManifestsMatchTheirSchemas() {
    ArtifactChecks.checkKubernetes(artifacts);
  }
}
