package dev.exporterbuilder.example;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * {@code java -jar exporter-builder-example-app.jar --print-artifact=<file>} prints, byte for byte, the
 * file the processor copied to target/exporter-builder/host/: what an operator takes from the jar
 * they deploy is what the checks of {@link OperatorArtifactsTest} passed. The files are those of
 * {@code OperatorArtifacts.FILES}.
 */
class PrintArtifactJarIT {

  private static final Path JAR = Path.of(System.getProperty("example.jar", "target/exporter-builder-example-app.jar"));
  private static final Path ARTIFACTS = Path.of("target", "exporter-builder", "host");

  @ParameterizedTest
  @FieldSource("dev.exporterbuilder.testsupport.OperatorArtifacts#FILES")
  void theShadedJarPrintsTheCheckedFile(String file) throws Exception {
    assertTrue(Files.isRegularFile(JAR), () -> JAR + " missing: run mvn package");
    Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-jar", JAR.toString(), "--print-artifact=" + file).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    process.getOutputStream().close();
    ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    try (InputStream in = process.getInputStream()) {
      in.transferTo(stdout);
    }
    assertTrue(process.waitFor(30, TimeUnit.SECONDS), "--print-artifact still running after 30 s");
    assertEquals(0, process.exitValue(), "exit status of --print-artifact=" + file);
    assertArrayEquals(Files.readAllBytes(ARTIFACTS.resolve(file)), stdout.toByteArray(),
        () -> "--print-artifact=" + file + " vs " + ARTIFACTS.resolve(file));
  }
}
