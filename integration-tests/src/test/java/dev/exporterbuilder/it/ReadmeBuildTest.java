package dev.exporterbuilder.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.exporterbuilder.testsupport.ExporterProcess;
import dev.exporterbuilder.testsupport.Http;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's build steps as a new user copies them: a project whose {@code pom.xml} is exactly the
 * README block marked {@code <!-- readme-build: pom.xml}, built by the real Maven ({@code mvn package}),
 * its shaded jar run and scraped.
 */
class ReadmeBuildTest {

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
    String readme = Files.readString(MavenBuild.ROOT.resolve("README.md"));
    Matcher block = POM_BLOCK.matcher(readme);
    assertTrue(block.find(), "README.md has no <!-- readme-build: pom.xml --> block followed by ```xml");
    String pom = block.group(1) + "\n";
    Matcher version = VERSION.matcher(pom);
    assertTrue(version.find(), "the README's pom sets no exporter-builder.version property");

    MavenBuild maven = new MavenBuild(temp, version.group(1));
    Path project = temp.resolve("pump");
    Files.createDirectories(project.resolve("src/main/java/com/example"));
    Files.writeString(project.resolve("pom.xml"), pom);
    Files.writeString(project.resolve("src/main/java/com/example/PumpExporter.java"), EXPORTER);
    Files.writeString(project.resolve("src/main/java/com/example/Pumps.java"), PUMPS);

    maven.run(project, "package");

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
}
