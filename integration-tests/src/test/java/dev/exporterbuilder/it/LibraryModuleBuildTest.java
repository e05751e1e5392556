package dev.exporterbuilder.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
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
 * A collector in a library module served by an exporter in another module of the same reactor,
 * built by the real Maven in one invocation: the exporter serves the library's metrics under its own
 * namespace, and sets the library collector's flag before its {@code @Init} runs.
 */
class LibraryModuleBuildTest {

  private static final String PARENT = """
      <?xml version="1.0" encoding="UTF-8"?>
      <project xmlns="http://maven.apache.org/POM/4.0.0">
        <modelVersion>4.0.0</modelVersion>
        <groupId>com.example</groupId>
        <artifactId>shop-parent</artifactId>
        <version>1.0.0</version>
        <packaging>pom</packaging>
        <modules>
          <module>lib</module>
          <module>app</module>
        </modules>

        <properties>
          <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
          <exporter-builder.version>%s</exporter-builder.version>
        </properties>

        <dependencyManagement>
          <dependencies>
            <dependency>
              <groupId>dev.exporterbuilder</groupId>
              <artifactId>exporter-builder-runtime</artifactId>
              <version>${exporter-builder.version}</version>
            </dependency>
          </dependencies>
        </dependencyManagement>

        <build>
          <pluginManagement>
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
                      <version>${exporter-builder.version}</version>
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
              <plugin>
                <groupId>org.apache.maven.plugins</groupId>
                <artifactId>maven-shade-plugin</artifactId>
                <version>3.6.0</version>
              </plugin>
            </plugins>
          </pluginManagement>
        </build>
      </project>
      """;

  private static final String LIB_POM = """
      <?xml version="1.0" encoding="UTF-8"?>
      <project xmlns="http://maven.apache.org/POM/4.0.0">
        <modelVersion>4.0.0</modelVersion>
        <parent>
          <groupId>com.example</groupId>
          <artifactId>shop-parent</artifactId>
          <version>1.0.0</version>
        </parent>
        <artifactId>queue-collectors</artifactId>

        <dependencies>
          <dependency>
            <groupId>dev.exporterbuilder</groupId>
            <artifactId>exporter-builder-runtime</artifactId>
          </dependency>
        </dependencies>
      </project>
      """;

  private static final String APP_POM = """
      <?xml version="1.0" encoding="UTF-8"?>
      <project xmlns="http://maven.apache.org/POM/4.0.0">
        <modelVersion>4.0.0</modelVersion>
        <parent>
          <groupId>com.example</groupId>
          <artifactId>shop-parent</artifactId>
          <version>1.0.0</version>
        </parent>
        <artifactId>shop</artifactId>

        <dependencies>
          <dependency>
            <groupId>com.example</groupId>
            <artifactId>queue-collectors</artifactId>
            <version>${project.version}</version>
          </dependency>
          <dependency>
            <groupId>dev.exporterbuilder</groupId>
            <artifactId>exporter-builder-runtime</artifactId>
          </dependency>
        </dependencies>

        <build>
          <plugins>
            %s
          </plugins>
        </build>
      </project>
      """;

  private static final String QUEUE = """
      package com.example.queue;

      import dev.exporterbuilder.annotations.Collector;
      import dev.exporterbuilder.annotations.Flag;
      import dev.exporterbuilder.annotations.Gauge;
      import dev.exporterbuilder.annotations.Init;

      @Collector(subsystem = "queue")
      public class Queue {
        @Flag(help = "Queue capacity.")
        public int capacity = 10;

        private int opened = -1;

        @Init
        public void open() {
          opened = capacity;
        }

        @Gauge(help = "Messages waiting.")
        int depth() {
          return 3;
        }

        @Gauge(help = "Capacity the queue was opened with.")
        int capacity() {
          return opened;
        }
      }
      """;

  private static final String EXPORTER = """
      package com.example.shop;

      import com.example.queue.Queue;
      import dev.exporterbuilder.annotations.Exporter;

      @Exporter(name = "shop", help = "The shop's queues.", port = 9873, collectors = Queue.class)
      public class ShopExporter {}
      """;

  @Test
  void libraryCollectorServesUnderTheExportersNamespace(@TempDir Path temp) throws Exception {
    MavenBuild maven = new MavenBuild(temp, MavenBuild.ourVersion());
    Path project = temp.resolve("shop");
    write(project.resolve("pom.xml"), PARENT.formatted(MavenBuild.ourVersion()));
    write(project.resolve("lib/pom.xml"), LIB_POM);
    write(project.resolve("lib/src/main/java/com/example/queue/Queue.java"), QUEUE);
    write(project.resolve("app/pom.xml"),
        APP_POM.formatted(MavenBuild.shadePlugin("shop", "com.example.shop.ShopExporterMain", "")));
    write(project.resolve("app/src/main/java/com/example/shop/ShopExporter.java"), EXPORTER);

    maven.run(project, "package");

    Path jar = project.resolve("app/target/shop.jar");
    assertTrue(Files.isRegularFile(jar), "no " + jar);
    try (ExporterProcess exporter = ExporterProcess.startJar(jar, "--web.listen-address=127.0.0.1:0",
        "--web.disable-exporter-metrics", "--collector.queue.capacity=25")) {
      Map<String, Double> samples = Http.samples(Http.scrape(exporter.awaitListening()));
      assertEquals(3.0, samples.get("shop_queue_depth"), samples::toString);
      assertEquals(25.0, samples.get("shop_queue_capacity"), samples::toString);
      assertNull(samples.get("queue_depth"), samples::toString);
    }
  }

  private static void write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }
}
