package dev.exporterbuilder.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.exporterbuilder.testsupport.ExporterProcess;
import dev.exporterbuilder.testsupport.Http;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's build steps as a new user copies them: a project whose {@code pom.xml} is exactly the
 * README block marked {@code <!-- readme-build: pom.xml}, built by the real Maven ({@code mvn package}),
 * its shaded jar run and scraped.
 *
 * <p>Our own artifacts are not in any Maven repository (nobody runs {@code mvn install} here), so the
 * build gets a local repository of its own in a temporary directory: this build's jars and poms laid
 * out as {@code mvn install} would, and every third-party artifact read from the user's local
 * repository through a {@code file:} mirror, so that nothing is downloaded.
 */
class ReadmeBuildTest {

  private static final Path ROOT = Path.of("").toAbsolutePath().getParent();
  private static final Pattern POM_BLOCK =
      Pattern.compile("<!-- readme-build: pom.xml[^\\n]*-->\\n```xml\\n(.*?)\\n```", Pattern.DOTALL);
  private static final Pattern VERSION = Pattern.compile("<exporter-builder.version>([^<]+)</exporter-builder.version>");

  private static final String EXPORTER = """
      package com.example;

      import dev.exporterbuilder.annotations.Exporter;
      import dev.exporterbuilder.annotations.Flag;

      @Exporter(name = "pump", help = "Water pumps read over Modbus.", port = 9877, collectors = Pumps.class)
      public class PumpExporter {
        @Flag(name = "modbus.address", help = "Host and port of the Modbus gateway.")
        static String address = "localhost:502";
      }
      """;

  private static final String PUMPS = """
      package com.example;

      import dev.exporterbuilder.annotations.Collector;
      import dev.exporterbuilder.annotations.Counter;
      import dev.exporterbuilder.annotations.Gauge;
      import java.util.concurrent.atomic.AtomicLong;

      @Collector(subsystem = "motor")
      public class Pumps {
        @Gauge(help = "Motor temperature.", unit = "celsius")
        double temperature() {
          return 41.5;
        }

        @Counter(help = "Motor starts.")
        final AtomicLong starts = new AtomicLong(3);
      }
      """;

  @Test
  void theReadmePomBuildsAnExecutableJar(@TempDir Path temp) throws Exception {
    String readme = Files.readString(ROOT.resolve("README.md"));
    Matcher block = POM_BLOCK.matcher(readme);
    assertTrue(block.find(), "README.md has no <!-- readme-build: pom.xml --> block followed by ```xml");
    String pom = block.group(1) + "\n";
    Matcher version = VERSION.matcher(pom);
    assertTrue(version.find(), "the README's pom sets no exporter-builder.version property");

    Path repository = temp.resolve("repository");
    installOurArtifacts(repository, version.group(1));
    Path settings = temp.resolve("settings.xml");
    Files.writeString(settings, settings(repository));

    Path project = temp.resolve("pump");
    Files.createDirectories(project.resolve("src/main/java/com/example"));
    Files.writeString(project.resolve("pom.xml"), pom);
    Files.writeString(project.resolve("src/main/java/com/example/PumpExporter.java"), EXPORTER);
    Files.writeString(project.resolve("src/main/java/com/example/Pumps.java"), PUMPS);

    Path log = temp.resolve("mvn.log");
    ProcessBuilder maven = new ProcessBuilder(mvn(), "-B", "-nsu", "-s", settings.toString(), "package")
        .directory(project.toFile())
        .redirectErrorStream(true)
        .redirectOutput(log.toFile());
    maven.environment().put("JAVA_HOME", System.getProperty("java.home"));
    maven.environment().remove("MAVEN_OPTS");
    Process process = maven.start();
    if (!process.waitFor(10, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      fail("mvn package did not finish in 10 minutes:\n" + Files.readString(log));
    }
    assertEquals(0, process.exitValue(), () -> "mvn package failed:\n" + readQuietly(log));

    Path jar = project.resolve("target/pump.jar");
    assertTrue(Files.isRegularFile(jar), "no " + jar);
    try (ExporterProcess exporter = ExporterProcess.startJar(jar, "--web.listen-address=127.0.0.1:0",
        "--web.disable-exporter-metrics")) {
      Map<String, Double> samples = Http.samples(Http.scrape(exporter.awaitListening()));
      assertEquals(41.5, samples.get("pump_motor_temperature_celsius"), samples::toString);
      assertEquals(3.0, samples.get("pump_motor_starts_total"), samples::toString);
      assertTrue(samples.keySet().stream().anyMatch(series -> series.startsWith("pump_exporter_build_info{")
          && series.contains("version=\"1.0.0\"")), samples::toString);
    }
  }

  /** This build's parent pom and the jars and poms of annotations, runtime and processor, as {@code mvn install} lays them out. */
  private static void installOurArtifacts(Path repository, String version) throws IOException {
    install(repository, "exporter-builder-parent", version, ROOT.resolve("pom.xml"), null);
    for (String module : List.of("annotations", "runtime", "processor")) {
      String artifact = "exporter-builder-" + module;
      Path jar = ROOT.resolve(module).resolve("target").resolve(artifact + "-" + version + ".jar");
      assertTrue(Files.isRegularFile(jar), jar + " is missing: the README's version must be this build's, and "
          + module + " must be packaged before the integration tests run (mvn verify from the root)");
      install(repository, artifact, version, ROOT.resolve(module).resolve("pom.xml"), jar);
    }
  }

  private static void install(Path repository, String artifact, String version, Path pom, Path jar) throws IOException {
    Path directory = repository.resolve("dev/exporterbuilder").resolve(artifact).resolve(version);
    Files.createDirectories(directory);
    Files.copy(pom, directory.resolve(artifact + "-" + version + ".pom"));
    if (jar != null) {
      Files.copy(jar, directory.resolve(artifact + "-" + version + ".jar"));
    }
  }

  /** A local repository of its own; every other artifact from the user's local repository, never the network. */
  private static String settings(Path repository) {
    String userRepository = System.getProperty("maven.repo.local",
        Path.of(System.getProperty("user.home"), ".m2", "repository").toString());
    return """
        <settings>
          <localRepository>%s</localRepository>
          <mirrors>
            <mirror>
              <id>user-local-repository</id>
              <mirrorOf>*</mirrorOf>
              <url>%s</url>
            </mirror>
          </mirrors>
        </settings>
        """.formatted(repository, Path.of(userRepository).toUri());
  }

  /** {@code mvn} from the PATH, as a user runs it. */
  private static String mvn() {
    for (String directory : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      Path candidate = Path.of(directory, "mvn");
      if (Files.isExecutable(candidate)) {
        return candidate.toString();
      }
    }
    return fail("no mvn on the PATH");
  }

  private static String readQuietly(Path log) {
    try {
      List<String> lines = new ArrayList<>(Files.readAllLines(log));
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 80), lines.size()));
    } catch (IOException e) {
      return "(no log: " + e + ")";
    }
  }
}
