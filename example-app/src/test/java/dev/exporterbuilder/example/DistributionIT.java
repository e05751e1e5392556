package dev.exporterbuilder.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import dev.exporterbuilder.testsupport.ExporterProcess;
import dev.exporterbuilder.testsupport.Http;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The distribution, {@code target/host-exporter-<version>.linux-<arch>.tar.gz}, as an operator uses it on a
 * machine without Java: unpacked with tar somewhere else than where it was built, started by its launcher in
 * an environment without PATH or JAVA_HOME, on the Java runtime inside it only. Each feature that needs a
 * module which jdeps may not see is used once: TLS with an EC key, gzip, the protobuf format, JVM metrics,
 * a flight recording.
 */
class DistributionIT {

  private static final Path TARBALL = Path.of(System.getProperty("example.distribution", "target/missing.tar.gz"));
  private static final String DIRECTORY = System.getProperty("example.distribution.directory", "missing");
  private static final String NAME = System.getProperty("example.distribution.name", "host-exporter");
  private static final String PROTOBUF =
      "application/vnd.google.protobuf;proto=io.prometheus.client.MetricFamily;encoding=delimited";
  /** No PATH to find a java on, no JAVA_HOME: the launcher must use the runtime beside it. */
  private static final Map<String, String> CLEAN = Map.of("PATH", "/nonexistent");

  @TempDir
  static Path unpacked;

  private static Path home;

  @BeforeAll
  static void unpack() throws Exception {
    assumeFalse(Boolean.getBoolean("example.distribution.skip"), "built with -Ddist.skip=true");
    assertTrue(Files.isRegularFile(TARBALL), TARBALL + " is missing: run mvn package");
    Process tar = new ProcessBuilder("tar", "-xzf", TARBALL.toAbsolutePath().toString(), "-C", unpacked.toString())
        .redirectErrorStream(true).start();
    String output = new String(tar.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(tar.waitFor(2, TimeUnit.MINUTES), "tar ran for two minutes");
    assertEquals(0, tar.exitValue(), output);
    home = unpacked.resolve(DIRECTORY);
  }

  @Test
  void holdsTheLauncherTheJarTheArchiveAndARuntimeOfTheNeededModulesOnly() throws IOException {
    assertTrue(Files.isExecutable(home.resolve("bin/" + NAME)), "the launcher is executable");
    assertTrue(Files.isExecutable(home.resolve("runtime/bin/java")), "the runtime's java is executable");
    for (String file : List.of("lib/" + NAME + ".jar", "lib/" + NAME + ".jsa", "conf/jvm.options", "LICENSE",
        "README.txt")) {
      assertTrue(Files.isRegularFile(home.resolve(file)), file);
    }
    String modules = Files.readAllLines(home.resolve("runtime/release")).stream()
        .filter(line -> line.startsWith("MODULES=")).findFirst().orElse("");
    assertTrue(modules.contains("jdk.httpserver") && modules.contains("jdk.management"), modules);
    // SnakeYAML's bean introspection is never used: the runtime image has no AWT/Swing
    assertTrue(!modules.contains("java.desktop"), modules);
  }

  @Test
  void servesHostMetricsFromTheClassDataSharingArchiveAndStopsOnSigterm() throws Exception {
    Path classLoading = unpacked.resolve("class-load.log");
    Map<String, String> environment = Map.of("PATH", "/nonexistent",
        "JAVA_OPTS", "-Xlog:class+load=info:file=" + classLoading);
    try (ExporterProcess exporter = ExporterProcess.startProgram(home.resolve("bin/" + NAME), environment,
        "--web.listen-address=127.0.0.1:0", "--profiling")) {
      InetSocketAddress address = exporter.awaitListening();

      Exposition metrics = Exposition.parse(Http.scrape(address));
      assertTrue(metrics.valueOf("host_load1") >= 0, metrics::toString);
      assertTrue(metrics.toString().contains("host_exporter_build_info{"), metrics::toString);
      assertTrue(metrics.toString().contains("jvm_memory_used_bytes{"), "JVM metrics (jdk.management)");

      HttpResponse<byte[]> gzipped = HttpClient.newHttpClient().send(
          HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + address.getPort() + "/metrics"))
              .header("Accept-Encoding", "gzip").timeout(Duration.ofSeconds(10)).build(),
          HttpResponse.BodyHandlers.ofByteArray());
      assertEquals("gzip", gzipped.headers().firstValue("Content-Encoding").orElse(""), gzipped.headers()::toString);
      try (InputStream body = new GZIPInputStream(new ByteArrayInputStream(gzipped.body()))) {
        assertTrue(new String(body.readAllBytes(), StandardCharsets.UTF_8).contains("\nhost_load1 "));
      }

      HttpResponse<String> protobuf = Http.get(address, "/metrics", "Accept", PROTOBUF);
      assertEquals(200, protobuf.statusCode());
      assertTrue(protobuf.headers().firstValue("Content-Type").orElse("").startsWith("application/vnd.google.protobuf"));

      // --profiling: a flight recording (jdk.jfr and the image's lib/jfr settings)
      HttpResponse<String> recording = Http.get(address, "/debug/jfr?seconds=1");
      assertEquals(200, recording.statusCode(), recording::body);

      exporter.terminate();
      assertEquals(0, exporter.awaitExit(), exporter::describe);
      assertTrue(exporter.stdout().isEmpty(), "nothing on stdout, no CDS warning: " + exporter.stdout());
    }
    // the exporter's own classes came from the archive that the build made, not from the jar
    String loaded = Files.readString(classLoading);
    assertTrue(loaded.lines().anyMatch(line -> line.contains(" " + HostExporterMain.class.getName() + " ")
        && line.contains("source: shared objects file")), () -> loaded.lines()
            .filter(line -> line.contains(HostExporterMain.class.getName())).toList().toString());
  }

  @Test
  void servesTlsWithAnEcKeyFromTheWebConfigFile() throws Exception {
    Path config = unpacked.resolve("tls");
    Files.createDirectories(config);
    for (String name : List.of("server-ec.crt", "server-ec.key")) {
      Files.writeString(config.resolve(name), resource(name));
    }
    Path webConfig = Files.writeString(config.resolve("web-config.yml"),
        "tls_server_config:\n  cert_file: server-ec.crt\n  key_file: server-ec.key\n");
    try (ExporterProcess exporter = ExporterProcess.startProgram(home.resolve("bin/" + NAME), CLEAN,
        "--web.listen-address=127.0.0.1:0", "--web.config.file=" + webConfig)) {
      InetSocketAddress address = exporter.awaitListening();
      HttpClient client = HttpClient.newBuilder().sslContext(trustingTheTestCa()).build();
      HttpResponse<String> scrape = client.send(
          HttpRequest.newBuilder(URI.create("https://127.0.0.1:" + address.getPort() + "/metrics"))
              .timeout(Duration.ofSeconds(10)).build(),
          HttpResponse.BodyHandlers.ofString());
      assertEquals(200, scrape.statusCode(), scrape::body);
      assertTrue(scrape.body().contains("\nhost_load1 "), scrape::body);
    }
  }

  @Test
  void helpAndVersionRunOnTheRuntimeInside() throws Exception {
    try (ExporterProcess help = ExporterProcess.startProgram(home.resolve("bin/" + NAME), CLEAN, "--help")) {
      assertEquals(0, help.awaitExit(), help::describe);
      assertTrue(String.join("\n", help.stdout()).contains("--web.listen-address"), help::describe);
    }
    try (ExporterProcess version = ExporterProcess.startProgram(home.resolve("bin/" + NAME), CLEAN, "--version")) {
      assertEquals(0, version.awaitExit(), version::describe);
      String java = Files.readAllLines(home.resolve("runtime/release")).stream()
          .filter(line -> line.startsWith("JAVA_VERSION=")).findFirst().orElseThrow()
          .replace("JAVA_VERSION=", "").replace("\"", "");
      assertTrue(version.stdout().stream().anyMatch(line -> line.contains("java: " + java)), version::describe);
    }
  }

  private static SSLContext trustingTheTestCa() throws Exception {
    KeyStore trusted = KeyStore.getInstance("PKCS12");
    trusted.load(null, null);
    trusted.setCertificateEntry("ca", CertificateFactory.getInstance("X.509")
        .generateCertificate(new ByteArrayInputStream(resource("ca.crt").getBytes(StandardCharsets.US_ASCII))));
    TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    trust.init(trusted);
    SSLContext context = SSLContext.getInstance("TLS");
    context.init(null, trust.getTrustManagers(), null);
    return context;
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = DistributionIT.class.getResourceAsStream("/tls/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
    }
  }
}
