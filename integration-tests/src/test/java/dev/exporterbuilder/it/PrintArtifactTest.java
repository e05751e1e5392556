package dev.exporterbuilder.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.exporterbuilder.testsupport.ExporterProcess;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The operator files of the generated {@code QueueExporterMain}: written by the processor into the
 * test classes and into {@code target/exporter-builder/queue-it/}, and printed by
 * {@code --print-artifact} from the class path, in a process.
 */
class PrintArtifactTest {

  private static final List<String> FILES =
      List.of("metrics.json", "METRICS.md", "alerts.yml", "dashboard.json", "scrape.yml", "kubernetes.yaml");
  private static final String RESOURCES = "META-INF/exporter-builder/queue-it/";

  @Test
  void printsEachFileAsTheJarHasIt() throws Exception {
    for (String file : FILES) {
      String resource = resource(file);
      try (ExporterProcess process = ExporterProcess.start(QueueExporterMain.class, "--print-artifact=" + file)) {
        assertEquals(0, process.awaitExit(), file + ": " + process.stderr());
        assertEquals(resource, String.join("\n", process.stdout()) + "\n", file);
        assertEquals(List.of(), process.stderr(), file);
      }
    }
  }

  @Test
  void mavenBuildCopiesTheFilesIntoTarget() throws IOException {
    for (String file : FILES) {
      Path copy = Path.of("target/exporter-builder/queue-it", file);
      assertTrue(Files.isRegularFile(copy), copy + " missing");
      assertEquals(resource(file), Files.readString(copy, StandardCharsets.UTF_8), file);
    }
  }

  @Test
  void helpNamesTheOption() throws Exception {
    try (ExporterProcess process = ExporterProcess.start(QueueExporterMain.class, "--help")) {
      assertEquals(0, process.awaitExit());
      String help = String.join("\n", process.stdout());
      assertTrue(help.contains("--print-artifact=FILE"), help);
      FILES.forEach(file -> assertTrue(help.contains(file), file + " not in --help: " + help));
    }
  }

  @Test
  void unknownFileIsAUsageErrorNamingTheValidOnes() throws Exception {
    try (ExporterProcess process = ExporterProcess.start(QueueExporterMain.class, "--print-artifact=rules.yml")) {
      assertEquals(2, process.awaitExit());
      String error = process.stderr().get(0);
      assertTrue(error.startsWith("queue-it: error: ") && error.contains("rules.yml"), error);
      FILES.forEach(file -> assertTrue(error.contains(file), file + " not named: " + error));
      assertEquals(List.of(), process.stdout());
    }
  }

  @Test
  void missingFileIsOneLineAndExitOne(@TempDir Path directory) throws Exception {
    // the test classes without the operator files, as a jar built without them would be
    Path classes = Path.of(QueueExporterMain.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    Path copy = directory.resolve("classes");
    try (Stream<Path> paths = Files.walk(classes)) {
      for (Path path : paths.toList()) {
        Path relative = classes.relativize(path);
        if (relative.toString().replace(File.separatorChar, '/').startsWith("META-INF/exporter-builder")) {
          continue;
        }
        Path target = copy.resolve(relative.toString());
        if (Files.isDirectory(path)) {
          Files.createDirectories(target);
        } else {
          Files.copy(path, target);
        }
      }
    }
    List<Path> classPath = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      Path path = Path.of(entry);
      classPath.add(path.toAbsolutePath().equals(classes.toAbsolutePath()) ? copy : path);
    }
    assertTrue(classPath.contains(copy), "the test classes are on the class path");
    try (ExporterProcess process = ExporterProcess.startModule(List.of(), classPath, List.of(),
        QueueExporterMain.class.getName(), "--print-artifact=alerts.yml")) {
      assertEquals(1, process.awaitExit());
      assertEquals(1, process.stderr().size(), process.stderr()::toString);
      assertTrue(process.stderr().get(0).startsWith("queue-it: error: ")
          && process.stderr().get(0).contains(RESOURCES + "alerts.yml"), process.stderr()::toString);
      assertEquals(List.of(), process.stdout());
    }
  }

  private static String resource(String file) throws IOException {
    try (InputStream in = PrintArtifactTest.class.getClassLoader().getResourceAsStream(RESOURCES + file)) {
      assertTrue(in != null, RESOURCES + file + " is not on the class path");
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
