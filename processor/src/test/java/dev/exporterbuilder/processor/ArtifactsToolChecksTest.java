package dev.exporterbuilder.processor;

import dev.exporterbuilder.testsupport.ArtifactChecks;
import dev.exporterbuilder.testsupport.OperatorArtifacts;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The golden operator files of {@link ArtifactsTest} put through the tools that read them (promtool,
 * the Kubernetes and prometheus-operator schemas): the representative exporter has what the example
 * exporters lack, such as probes with their scrape jobs, summaries and state sets, so a golden that
 * an update makes wrong for the tools fails here and not only in a deployment.
 */
class ArtifactsToolChecksTest {

  @TempDir
  Path work;

  @ParameterizedTest
  @ValueSource(strings = {"water-plant", "cpu-temp"})
  void goldenArtifactsPassTheToolChecks(String exporter) throws Exception {
    OperatorArtifacts artifacts =
        OperatorArtifacts.load(Path.of("src", "test", "resources", "golden-artifacts", exporter));
    ArtifactChecks.checkAll(artifacts, work);
  }
}
