package dev.exporterbuilder.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.exporterbuilder.testsupport.ExporterProcess;
import dev.exporterbuilder.testsupport.Http;
import java.io.IOException;
import java.lang.module.ModuleFinder;
import java.net.InetSocketAddress;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** {@code target/exporter-builder-example-app.jar}, the one file an operator copies, runs on its own. */
class ExecutableJarIT {

  private static final Path JAR = Path.of(System.getProperty("example.jar", "target/exporter-builder-example-app.jar"));
  private static final String PROTOBUF =
      "application/vnd.google.protobuf;proto=io.prometheus.client.MetricFamily;encoding=delimited";

  @Test
  void servesTextAndProtobufWithTheProjectVersion() throws Exception {
    assertTrue(Files.isRegularFile(JAR), JAR + " is missing: run mvn package");
    try (ExporterProcess exporter = ExporterProcess.startJar(JAR, Fixtures.exporterArgs())) {
      InetSocketAddress address = exporter.awaitListening();

      Exposition metrics = Exposition.parse(Http.scrape(address));
      assertEquals(Fixtures.LOAD1, metrics.valueOf("host_load1"));
      assertTrue(metrics.toString().lines().anyMatch(line -> line.startsWith("host_exporter_build_info{")
          && line.contains("version=\"" + System.getProperty("example.version", "0.1.0-SNAPSHOT") + "\"")),
          metrics::toString);

      HttpResponse<String> protobuf = Http.get(address, "/metrics", "Accept", PROTOBUF);
      assertEquals(200, protobuf.statusCode());
      assertTrue(protobuf.headers().firstValue("Content-Type").orElse("").startsWith("application/vnd.google.protobuf"),
          protobuf.headers()::toString);
    }
  }

  @Test
  void theShadedJarNamesItsOwnModule() {
    assertTrue(Files.isRegularFile(JAR), JAR + " is missing: run mvn package");
    List<String> names = ModuleFinder.of(JAR).findAll().stream().map(module -> module.descriptor().name()).toList();
    assertEquals(List.of("dev.exporterbuilder.example"), names);
  }

  @Test
  void versionAndBuildInfoShowTheCommitTheJarWasBuiltFrom() throws Exception {
    assertTrue(Files.isRegularFile(JAR), JAR + " is missing: run mvn package");
    String revision = expectedRevision();
    try (ExporterProcess process = ExporterProcess.startJar(JAR, "--version")) {
      assertEquals(0, process.awaitExit(), process::describe);
      assertEquals("host, version " + System.getProperty("example.version", "0.1.0-SNAPSHOT") + " (revision: "
          + revision + ")", process.stdout().get(0));
    }
    try (ExporterProcess exporter = ExporterProcess.startJar(JAR, Fixtures.exporterArgs())) {
      String metrics = Http.scrape(exporter.awaitListening());
      assertTrue(metrics.lines().anyMatch(line -> line.startsWith("host_exporter_build_info{")
          && line.contains("revision=\"" + revision + "\"")), metrics);
    }
  }

  /**
   * The full id of the checkout's HEAD, the commit this module was just built from (the working directory is
   * the module's); {@code unknown} outside a git checkout. In a linked worktree (git worktree add)
   * git-commit-id-maven-plugin reads the HEAD of the main worktree instead (its issue 882): expected as such.
   */
  private static String expectedRevision() throws IOException, InterruptedException {
    String gitDir = git("rev-parse", "--path-format=absolute", "--git-dir");
    if (gitDir == null) {
      return "unknown";
    }
    String commonDir = git("rev-parse", "--path-format=absolute", "--git-common-dir");
    String head = gitDir.equals(commonDir) ? git("rev-parse", "HEAD") : git("--git-dir=" + commonDir, "rev-parse", "HEAD");
    assertTrue(head != null && head.matches("[0-9a-f]{40}"), "HEAD of the checkout: " + head);
    return head;
  }

  /** git's output in the working directory, or null when git fails or is missing. */
  private static String git(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("git"));
    command.addAll(List.of(args));
    Process process;
    try {
      process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    } catch (IOException noGit) {
      return null;
    }
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    if (!process.waitFor(1, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      return null;
    }
    return process.exitValue() == 0 ? output : null;
  }
}
