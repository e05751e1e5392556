package dev.exporterbuilder.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import at.favre.lib.crypto.bcrypt.BCrypt;
import dev.exporterbuilder.runtime.generated.CollectorDefinition;
import dev.exporterbuilder.runtime.generated.ExporterDefinition;
import dev.exporterbuilder.runtime.web.LiveWebConfig;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The web config file changing under a running exporter: certificates, users and headers are
 * picked up without a restart; a broken file fails closed and recovers when fixed.
 */
class WebConfigReloadTest {

  /** Longer than {@link LiveWebConfig#CHECK_INTERVAL_NANOS}, with room for a loaded machine. */
  private static final long PATIENCE_NANOS = TimeUnit.SECONDS.toNanos(30);

  @TempDir
  Path directory;

  private final List<RunningExporter> started = new ArrayList<>();

  @AfterEach
  void stop() {
    started.forEach(RunningExporter::close);
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = WebConfigReloadTest.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
    }
  }

  private int start(Path config) throws ExporterException {
    RunningExporter exporter = ExporterRuntime.start(
        ExporterDefinition.builder("reload-test", 9999, WebConfigReloadTest.class)
            .collector(CollectorDefinition.of("thermal", true, new GaugeCollector("web_celsius", 21, null)))
            .build(),
        "--web.listen-address=127.0.0.1:0", "--web.disable-exporter-metrics", "--web.config.file=" + config);
    started.add(exporter);
    return exporter.addresses().get(0).getPort();
  }

  /** A client trusting both test CAs (of resources/tls and resources/toolkit). */
  private static SSLContext trustingBothCas() throws Exception {
    KeyStore trusted = KeyStore.getInstance("PKCS12");
    trusted.load(null, null);
    int i = 0;
    for (String pem : List.of(resource("/tls/ca.crt"), resource("/toolkit/tls-ca-chain.pem"))) {
      for (var ca : TestPem.certificates(pem)) {
        trusted.setCertificateEntry("ca-" + i++, ca);
      }
    }
    TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    trust.init(trusted);
    SSLContext context = SSLContext.getInstance("TLS");
    context.init(null, trust.getTrustManagers(), null);
    return context;
  }

  private static HttpResponse<String> get(String url, SSLContext ssl, String... headers) throws Exception {
    HttpClient.Builder client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(10));
    if (ssl != null) {
      client.sslContext(ssl);
    }
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(20));
    if (headers.length > 0) {
      request.headers(headers);
    }
    return client.build().send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private interface Check {
    boolean holds() throws Exception;
  }

  /** Waits until {@code check} holds; an exception counts as "not yet". */
  private static void eventually(String what, Check check) throws Exception {
    long deadline = System.nanoTime() + PATIENCE_NANOS;
    while (true) {
      try {
        if (check.holds()) {
          return;
        }
      } catch (IOException e) {
        // not yet
      }
      assertTrue(System.nanoTime() < deadline, what);
      Thread.sleep(100);
    }
  }

  private static String issuer(HttpResponse<String> response) throws Exception {
    return ((X509Certificate) response.sslSession().orElseThrow().getPeerCertificates()[0])
        .getIssuerX500Principal().getName();
  }

  @Test
  void aRotatedCertificateIsServedByTheNextHandshake() throws Exception {
    Files.writeString(directory.resolve("server.crt"), resource("/toolkit/server.crt"));
    Files.writeString(directory.resolve("server.key"), resource("/toolkit/server.key"));
    Path config = directory.resolve("web-config.yml");
    Files.writeString(config, "tls_server_config:\n  cert_file: server.crt\n  key_file: server.key\n");
    String url = "https://127.0.0.1:" + start(config) + "/metrics";
    SSLContext ssl = trustingBothCas();
    assertTrue(issuer(get(url, ssl)).contains("Test TLS CA"));

    // the key first: until the certificate follows, the pair does not match and handshakes fail
    Files.writeString(directory.resolve("server.key"), resource("/tls/server-ec.key"));
    Files.writeString(directory.resolve("server.crt"), resource("/tls/server-ec.crt"));
    eventually("the new certificate is served", () -> issuer(get(url, ssl)).contains("exporter-builder test CA"));
    assertEquals(200, get(url, ssl).statusCode());
  }

  @Test
  void usersAndHeadersFollowTheFile() throws Exception {
    String old = new String(BCrypt.withDefaults().hash(4, "old".toCharArray()), StandardCharsets.UTF_8);
    String fresh = new String(BCrypt.withDefaults().hash(4, "new".toCharArray()), StandardCharsets.UTF_8);
    Path config = directory.resolve("web-config.yml");
    Files.writeString(config, "basic_auth_users:\n  prometheus: " + old + "\n");
    String url = "http://127.0.0.1:" + start(config) + "/metrics";
    assertEquals(200, get(url, null, "Authorization", basic("prometheus", "old")).statusCode());

    Files.writeString(config, "basic_auth_users:\n  prometheus: " + fresh + "\nhttp_server_config:\n  headers:\n"
        + "    X-Frame-Options: deny\n");
    eventually("the new password is taken",
        () -> get(url, null, "Authorization", basic("prometheus", "new")).statusCode() == 200);
    HttpResponse<String> response = get(url, null, "Authorization", basic("prometheus", "new"));
    assertEquals("deny", response.headers().firstValue("X-Frame-Options").orElse(""));
    assertEquals(401, get(url, null, "Authorization", basic("prometheus", "old")).statusCode());

    Files.writeString(config, "");
    eventually("no authentication once the users are gone", () -> get(url, null).statusCode() == 200);
  }

  @Test
  void aBrokenFileFailsClosedUntilFixed() throws Exception {
    String hash = new String(BCrypt.withDefaults().hash(4, "s3cret".toCharArray()), StandardCharsets.UTF_8);
    String valid = "basic_auth_users:\n  prometheus: " + hash + "\n";
    Path config = directory.resolve("web-config.yml");
    Files.writeString(config, valid);
    String url = "http://127.0.0.1:" + start(config) + "/metrics";
    String auth = basic("prometheus", "s3cret");
    assertEquals(200, get(url, null, "Authorization", auth).statusCode());

    Files.writeString(config, valid + "basic_auth_users:\n");
    eventually("a broken file answers 500", () -> get(url, null, "Authorization", auth).statusCode() == 500);
    HttpResponse<String> refused = get(url, null);
    assertEquals(500, refused.statusCode(), "never falls back to no authentication");
    assertEquals("Internal Server Error\n", refused.body());

    Files.writeString(config, "tls_server_config:\n  cert_file: server.crt\n  key_file: server.key\n");
    Files.writeString(directory.resolve("server.crt"), resource("/toolkit/server.crt"));
    Files.writeString(directory.resolve("server.key"), resource("/toolkit/server.key"));
    Thread.sleep(2 * TimeUnit.NANOSECONDS.toMillis(LiveWebConfig.CHECK_INTERVAL_NANOS));
    assertEquals(500, get(url, null).statusCode(), "switching TLS on needs a restart; no plain HTTP meanwhile");

    Files.writeString(config, valid);
    eventually("the fixed file is used", () -> get(url, null, "Authorization", auth).statusCode() == 200);
    assertEquals(401, get(url, null).statusCode());
  }

  @Test
  void aBrokenFileFailsHandshakes() throws Exception {
    Files.writeString(directory.resolve("server.crt"), resource("/toolkit/server.crt"));
    Files.writeString(directory.resolve("server.key"), resource("/toolkit/server.key"));
    String tls = "tls_server_config:\n  cert_file: server.crt\n  key_file: server.key\n";
    Path config = directory.resolve("web-config.yml");
    Files.writeString(config, tls);
    int port = start(config);
    String url = "https://127.0.0.1:" + port + "/metrics";
    SSLContext ssl = trustingBothCas();
    assertEquals(200, get(url, ssl).statusCode());

    Files.writeString(config, tls + "  min_version: TLS99\n");
    eventually("handshakes fail", () -> {
      try {
        get(url, ssl);
        return false;
      } catch (IOException e) {
        return true;
      }
    });
    assertThrows(IOException.class, () -> get("http://127.0.0.1:" + port + "/metrics", null), "no plain HTTP");

    Files.writeString(config, "");
    Thread.sleep(2 * TimeUnit.NANOSECONDS.toMillis(LiveWebConfig.CHECK_INTERVAL_NANOS));
    assertThrows(IOException.class, () -> get(url, ssl), "switching TLS off needs a restart");
    assertThrows(IOException.class, () -> get("http://127.0.0.1:" + port + "/metrics", null), "no plain HTTP");

    Files.writeString(config, tls);
    eventually("the fixed file is used", () -> get(url, ssl).statusCode() == 200);
  }

  private static String basic(String user, String password) {
    return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }
}
