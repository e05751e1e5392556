package dev.exporterbuilder.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.exporterbuilder.testsupport.ArtifactChecks;
import dev.exporterbuilder.testsupport.OperatorArtifacts;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The operator artifacts of every exporter these tests compile (the processor copies them to
 * target/exporter-builder/&lt;exporter&gt;/), checked by promtool and the Kubernetes schemas.
 */
class OperatorArtifactsTest {

  private static final Path ROOT = Path.of("target", "exporter-builder");

  @TempDir
  Path work;

  @TestFactory
  Stream<DynamicContainer> everyExportersArtifactsPassTheToolChecks() throws Exception {
    List<OperatorArtifacts> all = OperatorArtifacts.loadAll(ROOT);
    List<String> names = all.stream().map(OperatorArtifacts::name).toList();
    // the exporters of this module's sources, so that a directory left from another build cannot stand in for them
    for (String expected : List.of("queue-it", "reading-it", "secret-it", "alerting-it")) {
      assertTrue(names.contains(expected), () -> "no artifacts of " + expected + " under " + ROOT + ": " + names);
    }
    List<DynamicContainer> containers = new ArrayList<>();
    for (OperatorArtifacts artifacts : all) {
      Path directory = Files.createDirectories(work.resolve(artifacts.name()));
      containers.add(DynamicContainer.dynamicContainer(artifacts.name(), Stream.of(
          DynamicTest.dynamicTest("promtool check rules", () -> ArtifactChecks.checkRules(artifacts, directory)),
          DynamicTest.dynamicTest("promtool test rules", () -> ArtifactChecks.testRules(artifacts, directory)),
          DynamicTest.dynamicTest("runbook links", () -> ArtifactChecks.checkRunbooks(artifacts)),
          DynamicTest.dynamicTest("promtool check config", () -> ArtifactChecks.checkConfig(artifacts, directory)),
          DynamicTest.dynamicTest("dashboard expressions", () -> ArtifactChecks.checkDashboard(artifacts, directory)),
          DynamicTest.dynamicTest("kubernetes schemas", () -> ArtifactChecks.checkKubernetes(artifacts)))));
    }
    return containers.stream();
  }
}
