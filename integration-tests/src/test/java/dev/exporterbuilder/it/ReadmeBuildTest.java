package dev.exporterbuilder.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.exporterbuilder.testsupport.ExporterProcess;
import dev.exporterbuilder.testsupport.Http;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's "Write your own exporter" by hand in five minutes, as a new user follows it: a
 * project made of exactly the README's blocks marked {@code <!-- readme-build: <file> -->} (the
 * {@code pom.xml} and the Java sources, nothing added), built by the real Maven with the README's
 * {@code mvn package}, its shaded jar run with the README's {@code --help} and start commands, and
 * scraped; the lines the README shows under
 * {@code <!-- readme-build: output of curl ... | grep ^<prefix> -->} must be what the exporter serves.
 *
 * <p>Two things differ from the README's commands, neither in what the user writes: the exporter
 * listens on {@code 127.0.0.1:0} instead of its default port, so that parallel builds do not collide,
 * and {@code --pump.sensor} names a file this test writes, holding the value the README names.
 *
 * <p>{@link MavenBuild} gives the build a local repository of its own holding this build's artifacts,
 * so that nothing is downloaded and the user's repository is not written.
 */
class ReadmeBuildTest {

  private static final Pattern FILE_BLOCK = Pattern.compile(
      "<!-- readme-build: (pom\\.xml|src/\\S+)[^\\n]*-->\\n```\\w+\\n(.*?)\\n```", Pattern.DOTALL);
  private static final Pattern OUTPUT_BLOCK = Pattern.compile(
      "<!-- readme-build: output of curl -s localhost:\\d+/metrics \\| grep \\^(\\S+) -->\\n```\\n(.*?)\\n```",
      Pattern.DOTALL);
  private static final Pattern SENSOR_VALUE = Pattern.compile("for a sensor file holding\\s+`(\\d+)`");
  private static final Pattern VERSION = Pattern.compile("<exporter-builder.version>([^<]+)</exporter-builder.version>");

  @Test
  void theReadmeWalkthroughBuildsRunsAndServesWhatItShows(@TempDir Path temp) throws Exception {
    String readme = Files.readString(MavenBuild.ROOT.resolve("README.md"));
    Map<String, String> files = new LinkedHashMap<>();
    for (Matcher block = FILE_BLOCK.matcher(readme); block.find(); ) {
      assertNull(files.put(block.group(1), block.group(2) + "\n"), "two README blocks for " + block.group(1));
    }
    assertEquals(List.of("pom.xml", "src/main/java/com/example/PumpExporter.java", "src/main/java/com/example/Pumps.java"),
        List.copyOf(files.keySet()), "the README's <!-- readme-build: <file> --> blocks");
    Matcher version = VERSION.matcher(files.get("pom.xml"));
    assertTrue(version.find(), "the README's pom sets no exporter-builder.version property");
    Matcher output = OUTPUT_BLOCK.matcher(readme);
    assertTrue(output.find(), "README.md has no <!-- readme-build: output of curl ... | grep ^<prefix> --> block");
    Matcher sensorValue = SENSOR_VALUE.matcher(readme);
    assertTrue(sensorValue.find(), "the README names no value for the sensor file");

    MavenBuild maven = new MavenBuild(temp, version.group(1));
    Path project = temp.resolve("pump");
    for (Map.Entry<String, String> file : files.entrySet()) {
      Path path = project.resolve(file.getKey());
      Files.createDirectories(path.getParent());
      Files.writeString(path, file.getValue());
    }

    maven.run(project, "package");

    Path generated = project.resolve("target/generated-sources/annotations/com/example");
    for (String source : List.of("PumpsCollector.java", "PumpExporterMain.java")) {
      assertTrue(Files.isRegularFile(generated.resolve(source)), "no generated " + source);
    }

    Path jar = project.resolve("target/pump.jar");
    assertTrue(Files.isRegularFile(jar), "no " + jar);
    try (ExporterProcess help = ExporterProcess.startJar(jar, "--help")) {
      assertEquals(0, help.awaitExit(), help::describe);
      String usage = String.join("\n", help.stdout()) + String.join("\n", help.stderr());
      for (String option : List.of("--pump.sensor", "--collector.pumps.scale")) {
        assertTrue(usage.contains(option), () -> "--help does not list " + option + ":\n" + usage);
      }
    }

    Path sensor = temp.resolve("temp1_input");
    Files.writeString(sensor, sensorValue.group(1) + "\n");
    try (ExporterProcess exporter = ExporterProcess.startJar(jar, "--pump.sensor=" + sensor,
        "--web.listen-address=127.0.0.1:0")) {
      String scrape = Http.scrape(exporter.awaitListening());
      List<String> served = scrape.lines().filter(line -> line.startsWith(output.group(1))).toList();
      assertEquals(output.group(2).lines().toList(), served, scrape);
    }
  }

}
