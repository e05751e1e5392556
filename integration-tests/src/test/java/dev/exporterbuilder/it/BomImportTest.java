package dev.exporterbuilder.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.exporterbuilder.testsupport.ExporterProcess;
import dev.exporterbuilder.testsupport.Http;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A user's project that imports {@code exporter-builder-bom} and names no version of ours anywhere else:
 * not on the runtime dependency, not on the processor in {@code annotationProcessorPaths} (which
 * maven-compiler-plugin 3.12 and later take from dependencyManagement), built by the real Maven.
 */
class BomImportTest {

  private static final String POM = """
      <?xml version="1.0" encoding="UTF-8"?>
      <project xmlns="http://maven.apache.org/POM/4.0.0">
        <modelVersion>4.0.0</modelVersion>
        <groupId>com.example</groupId>
        <artifactId>kiosk-exporter</artifactId>
        <version>1.0.0</version>

        <properties>
          <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
        </properties>

        <dependencyManagement>
          <dependencies>
            <dependency>
              <groupId>dev.exporterbuilder</groupId>
              <artifactId>exporter-builder-bom</artifactId>
              <version>%s</version>
              <type>pom</type>
              <scope>import</scope>
            </dependency>
          </dependencies>
        </dependencyManagement>

        <dependencies>
          <dependency>
            <groupId>dev.exporterbuilder</groupId>
            <artifactId>exporter-builder-runtime</artifactId>
          </dependency>
        </dependencies>

        <build>
          <plugins>
            <plugin>
              <groupId>org.apache.maven.plugins</groupId>
              <artifactId>maven-compiler-plugin</artifactId>
              <version>3.13.0</version>
              <configuration>
                <release>17</release>
                <annotationProcessorPaths>
                  <path>
                    <groupId>dev.exporterbuilder</groupId>
                    <artifactId>exporter-builder-processor</artifactId>
                  </path>
                </annotationProcessorPaths>
              </configuration>
            </plugin>
            <plugin>
              <groupId>org.apache.maven.plugins</groupId>
              <artifactId>maven-resources-plugin</artifactId>
              <version>3.3.1</version>
            </plugin>
            <plugin>
              <groupId>org.apache.maven.plugins</groupId>
              <artifactId>maven-surefire-plugin</artifactId>
              <version>3.5.2</version>
            </plugin>
            <plugin>
              <groupId>org.apache.maven.plugins</groupId>
              <artifactId>maven-jar-plugin</artifactId>
              <version>3.4.2</version>
            </plugin>
            %s
          </plugins>
        </build>
      </project>
      """;

  private static final String COLLECTOR = """
      package com.example.kiosk;

      import dev.exporterbuilder.annotations.Collector;
      import dev.exporterbuilder.annotations.Gauge;

      @Collector(subsystem = "till")
      public class Till {
        @Gauge(help = "Coins in the till.")
        int coins() {
          return 42;
        }
      }
      """;

  private static final String EXPORTER = """
      package com.example.kiosk;

      import dev.exporterbuilder.annotations.Exporter;

      @Exporter(name = "kiosk", help = "The kiosk's till.", port = 9874, collectors = Till.class)
      public class KioskExporter {}
      """;

  @Test
  void versionlessDependenciesAndProcessorPathFromTheBom(@TempDir Path temp) throws Exception {
    String version = MavenBuild.ourVersion();
    MavenBuild maven = new MavenBuild(temp, version);
    Path project = temp.resolve("kiosk");
    write(project.resolve("pom.xml"), POM.formatted(version,
        MavenBuild.shadePlugin("kiosk", "com.example.kiosk.KioskExporterMain", "")));
    write(project.resolve("src/main/java/com/example/kiosk/Till.java"), COLLECTOR);
    write(project.resolve("src/main/java/com/example/kiosk/KioskExporter.java"), EXPORTER);

    maven.run(project, "package");

    Path jar = project.resolve("target/kiosk.jar");
    assertTrue(Files.isRegularFile(jar), "no " + jar);
    try (ExporterProcess exporter = ExporterProcess.startJar(jar, "--web.listen-address=127.0.0.1:0",
        "--web.disable-exporter-metrics")) {
      Map<String, Double> samples = Http.samples(Http.scrape(exporter.awaitListening()));
      assertEquals(42.0, samples.get("kiosk_till_coins"), samples::toString);
    }
  }

  private static void write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }
}
