package dev.exporterbuilder.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.exporterbuilder.testsupport.ExporterProcess;
import dev.exporterbuilder.testsupport.Http;
import java.lang.module.ModuleFinder;
import java.net.InetSocketAddress;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
}
