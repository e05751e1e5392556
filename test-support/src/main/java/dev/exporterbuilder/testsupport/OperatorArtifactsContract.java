package dev.exporterbuilder.testsupport;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The operator artifacts the processor wrote for one exporter of a module
 * ({@code target/exporter-builder/<exporter>/}), checked by the tools that read them: promtool, and
 * the Kubernetes and prometheus-operator schemas. A module's test extends it and names its exporter.
 */
public abstract class OperatorArtifactsContract {

  private OperatorArtifacts artifacts;

  @TempDir
  Path work;

  /** The exporter's name, as {@code @Exporter(name)} gives it. */
  protected abstract String exporterName();

  @BeforeEach
  void load() throws Exception {
    artifacts = OperatorArtifacts.load(Path.of("target", "exporter-builder", exporterName()));
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
