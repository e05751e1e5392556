package dev.exporterbuilder.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import at.favre.lib.crypto.bcrypt.BCrypt;
import dev.exporterbuilder.runtime.generated.CollectorDefinition;
import dev.exporterbuilder.runtime.generated.ExporterDefinition;
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
import javax.net.ssl.KeyManager;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --web.config.file}: exporter-toolkit's TLS, client certificates, basic auth and headers. */
class WebConfigTest {

  @TempDir
  Path directory;

  private final List<RunningExporter> started = new ArrayList<>();

  @AfterEach
  void stop() {
    started.forEach(RunningExporter::close);
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = WebConfigTest.class.getResourceAsStream("/tls/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
    }
  }

  /** Copies the TLS fixtures beside the config file, which names them relative to itself. */
  private Path config(String yaml) throws IOException {
    for (String name : List.of("ca.crt", "server.crt", "server.key", "server-pkcs1.key", "server-ec.crt",
        "server-ec.key")) {
      Files.writeString(directory.resolve(name), resource(name));
    }
    Files.writeString(directory.resolve("empty.crt"), "");
    Path file = directory.resolve("web-config.yml");
    Files.writeString(file, yaml);
    return file;
  }

  private int start(Path config) throws ExporterException {
    RunningExporter exporter = ExporterRuntime.start(
        ExporterDefinition.builder("web-config-test", 9999, WebConfigTest.class)
            .collector(CollectorDefinition.of("thermal", true, new GaugeCollector("web_celsius", 21, null)))
            .build(),
        "--web.listen-address=127.0.0.1:0", "--web.disable-exporter-metrics", "--web.config.file=" + config);
    started.add(exporter);
    return exporter.addresses().get(0).getPort();
  }

  private static SSLContext client(String clientCertificate) throws Exception {
    KeyStore trusted = KeyStore.getInstance("PKCS12");
    trusted.load(null, null);
    trusted.setCertificateEntry("ca", TestPem.certificates(resource("ca.crt")).get(0));
    TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    trust.init(trusted);
    KeyManager[] keys = null;
    if (clientCertificate != null) {
      keys = new KeyManager[] {new PresentingKeyManager(TestPem.certificates(resource(clientCertificate + ".crt"))
          .toArray(new X509Certificate[0]), TestPem.privateKey(resource(clientCertificate + ".key")))};
    }
    SSLContext context = SSLContext.getInstance("TLS");
    context.init(keys, trust.getTrustManagers(), null);
    return context;
  }

  @Test
  void clientsCannotStartARenegotiation() throws Exception {
    int port = start(config("tls_server_config:\n  cert_file: server.crt\n  key_file: server.key\n"
        + "  max_version: TLS12\n"));
    try (SSLSocket socket = (SSLSocket) client(null).getSocketFactory().createSocket("127.0.0.1", port)) {
      socket.setSoTimeout(10_000);
      socket.startHandshake();
      // TLS 1.2 lets a client ask for a new full handshake, on the server's CPU, as often as it likes;
      // Go's TLS server refuses, and so does the exporter
      assertThrows(IOException.class, () -> {
        socket.startHandshake();
        socket.getOutputStream().write("GET /-/healthy HTTP/1.1\r\nHost: x\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        socket.getOutputStream().flush();
        socket.getInputStream().read();
      });
    }
    assertEquals(200, get("https://localhost:" + port + "/-/healthy", client(null)).statusCode(),
        "new connections are served");
  }

  private static HttpResponse<String> get(String url, SSLContext ssl, String... headers) throws Exception {
    HttpClient.Builder builder = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(5));
    if (ssl != null) {
      builder.sslContext(ssl);
    }
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10));
    if (headers.length > 0) {
      request.headers(headers);
    }
    return builder.build().send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static HttpResponse<String> get(String url, SSLContext ssl, SSLParameters parameters) throws Exception {
    return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).sslContext(ssl).sslParameters(parameters)
        .build().send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void servesOverTlsWithEachKeyFormat() throws Exception {
    for (String pair : List.of("server.crt server.key", "server.crt server-pkcs1.key", "server-ec.crt server-ec.key")) {
      String[] files = pair.split(" ");
      int port = start(config("tls_server_config:\n  cert_file: " + files[0] + "\n  key_file: " + files[1] + "\n"));
      HttpResponse<String> response = get("https://127.0.0.1:" + port + "/metrics", client(null));
      assertEquals(200, response.statusCode(), pair);
      assertTrue(response.body().contains("web_celsius 21.0"), response.body());
      assertThrows(IOException.class, () -> get("http://127.0.0.1:" + port + "/metrics", null), "no plain HTTP");
    }
  }

  @Test
  void minimumVersionIsEnforced() throws Exception {
    int port = start(config("tls_server_config:\n  cert_file: server.crt\n  key_file: server.key\n"
        + "  min_version: TLS13\n"));
    SSLContext ssl = client(null);
    SSLParameters tls12 = ssl.getDefaultSSLParameters();
    tls12.setProtocols(new String[] {"TLSv1.2"});
    assertThrows(IOException.class, () -> get("https://127.0.0.1:" + port + "/metrics", ssl, tls12));
    assertEquals(200, get("https://127.0.0.1:" + port + "/metrics", ssl).statusCode());
  }

  @Test
  void clientCertificatesAreRequiredAndTheirNamesChecked() throws Exception {
    int port = start(config("tls_server_config:\n  cert_file: server.crt\n  key_file: server.key\n"
        + "  client_auth_type: RequireAndVerifyClientCert\n  client_ca_file: ca.crt\n"
        + "  client_allowed_sans: [prometheus]\n"));
    String url = "https://127.0.0.1:" + port + "/metrics";
    assertThrows(IOException.class, () -> get(url, client(null)), "no client certificate: no handshake");
    assertEquals(200, get(url, client("client-prometheus")).statusCode());
    assertThrows(IOException.class, () -> get(url, client("client-intruder")),
        "a valid certificate with a name not allowed: refused in the handshake, as Go does");
  }

  @Test
  void allowedIpAddressesAreComparedAsAddresses() throws Exception {
    int port = start(config("tls_server_config:\n  cert_file: server.crt\n  key_file: server.key\n"
        + "  client_auth_type: RequireAndVerifyClientCert\n  client_ca_file: ca.crt\n"
        + "  client_allowed_sans: [\"::1\"]\n"));
    String url = "https://127.0.0.1:" + port + "/metrics";
    assertEquals(200, get(url, client("client-ipv6")).statusCode(), "SAN 0:0:0:0:0:0:0:1 is ::1");
    assertThrows(IOException.class, () -> get(url, client("client-prometheus")));
  }

  @Test
  void withoutAClientCaFileClientCertificatesAreVerifiedAgainstTheJdkTrustStore() throws Exception {
    int port = start(config("tls_server_config:\n  cert_file: server.crt\n  key_file: server.key\n"
        + "  client_auth_type: VerifyClientCertIfGiven\n"));
    String url = "https://127.0.0.1:" + port + "/metrics";
    assertEquals(200, get(url, client(null)).statusCode(), "no certificate is fine");
    assertThrows(IOException.class, () -> get(url, client("client-prometheus")),
        "a certificate of a CA the JDK does not trust is refused");
  }

  @Test
  void requestClientCertTakesAnyCertificateWithoutVerifyingIt() throws Exception {
    for (String type : List.of("RequestClientCert", "RequireAnyClientCert")) {
      int port = start(config("tls_server_config:\n  cert_file: server.crt\n  key_file: server.key\n"
          + "  client_auth_type: " + type + "\n  client_allowed_sans: [prometheus]\n"));
      String url = "https://127.0.0.1:" + port + "/metrics";
      assertEquals(200, get(url, client("client-prometheus")).statusCode(), type);
      assertThrows(IOException.class, () -> get(url, client("client-intruder")), type + ": names are still checked");
      if (type.equals("RequireAnyClientCert")) {
        assertThrows(IOException.class, () -> get(url, client(null)), "a certificate is required");
      } else {
        assertEquals(403, get(url, client(null)).statusCode(), "without a certificate no allowed name");
      }
    }
  }

  @Test
  void rateLimitRefusesBeyondTheBurstWith429() throws Exception {
    int port = start(config("rate_limit:\n  interval: 1h\n  burst: 2\n"
        + "http_server_config:\n  headers:\n    X-Frame-Options: deny\n"));
    String url = "http://127.0.0.1:" + port + "/metrics";
    assertEquals(200, get(url, null).statusCode());
    assertEquals(200, get(url, null).statusCode());
    HttpResponse<String> refused = get(url, null);
    assertEquals(429, refused.statusCode());
    assertEquals("Too Many Requests\n", refused.body());
    assertEquals(List.of(), refused.headers().allValues("X-Frame-Options"), "limited before headers, as the toolkit");
  }

  /**
   * Java 20+ sets curve_preferences per connection; before, the groups are JVM-wide and TLS was
   * used in this JVM already (by the request below at the latest), so the exporter must not start
   * rather than offer other groups. {@link ToolkitConformanceTest} serves curves in a fresh JVM.
   */
  @Test
  void curvePreferencesApplyOrTheExporterDoesNotStart() throws Exception {
    int plain = start(config("tls_server_config:\n  cert_file: server.crt\n  key_file: server.key\n"));
    assertEquals(200, get("https://127.0.0.1:" + plain + "/metrics", client(null)).statusCode());
    Path file = config("tls_server_config:\n  cert_file: server.crt\n  key_file: server.key\n"
        + "  curve_preferences: [CurveP384]\n");
    if (Runtime.version().feature() >= 20) {
      int port = start(file);
      assertEquals(200, get("https://127.0.0.1:" + port + "/metrics", client(null)).statusCode());
    } else {
      ExporterException e = assertThrows(ExporterException.class, () -> start(file));
      assertEquals(ExporterException.STARTUP, e.exitCode());
      assertTrue(e.getMessage().contains("curve_preferences: on Java"), e.getMessage());
    }
  }

  @Test
  void textAroundPemBlocksIsIgnored() throws Exception {
    config("");
    Files.writeString(directory.resolve("commented.crt"), "# Zertifikat für den Exporter\n" + resource("server.crt"),
        StandardCharsets.UTF_8);
    int port = start(config("tls_server_config:\n  cert_file: commented.crt\n  key_file: server.key\n"));
    assertEquals(200, get("https://127.0.0.1:" + port + "/metrics", client(null)).statusCode());
  }

  @Test
  void basicAuthChecksBcryptHashes() throws Exception {
    String hash = new String(BCrypt.with(BCrypt.Version.VERSION_2Y).hash(4, "s3cret".toCharArray()),
        StandardCharsets.UTF_8);
    int port = start(config("basic_auth_users:\n  prometheus: " + hash + "\n"));
    String url = "http://127.0.0.1:" + port + "/metrics";
    HttpResponse<String> none = get(url, null);
    assertEquals(401, none.statusCode());
    assertEquals("Basic", none.headers().firstValue("WWW-Authenticate").orElse(""));
    assertEquals(401, get(url, null, "Authorization", basic("prometheus", "wrong")).statusCode());
    assertEquals(401, get(url, null, "Authorization", basic("nobody", "s3cret")).statusCode());
    assertEquals(401, get(url, null, "Authorization", "Basic !!!").statusCode());
    assertEquals(401, get(url, null, "Authorization", basic("prometheus", "x".repeat(100))).statusCode(),
        "a password over bcrypt's 72 bytes is checked (truncated, as Go does), not an error");
    for (int i = 0; i < 3; i++) {
      HttpResponse<String> ok = get(url, null, "Authorization", basic("prometheus", "s3cret"));
      assertEquals(200, ok.statusCode());
      assertTrue(ok.body().contains("web_celsius 21.0"));
    }
    assertEquals(401, get("http://127.0.0.1:" + port + "/", null).statusCode(), "every path is protected");
  }

  @Test
  void configuredHeadersAreOnEveryAnswer() throws Exception {
    int port = start(config("http_server_config:\n  headers:\n    X-Frame-Options: deny\n"
        + "    Strict-Transport-Security: max-age=31536000\n"));
    for (String path : List.of("/metrics", "/", "/-/healthy", "/missing")) {
      HttpResponse<String> response = get("http://127.0.0.1:" + port + path, null);
      assertEquals("deny", response.headers().firstValue("X-Frame-Options").orElse(""), path);
      assertEquals("max-age=31536000", response.headers().firstValue("Strict-Transport-Security").orElse(""), path);
    }
  }

  /**
   * The fail-open regression: TLS settings without a certificate used to start serving plain HTTP.
   * Now the exporter does not start, and nothing answers on plain HTTP.
   */
  @Test
  void tlsSettingsWithoutACertificateDoNotStartPlainHttp() throws Exception {
    Path file = config("tls_server_config:\n  client_auth_type: RequireAndVerifyClientCert\n"
        + "  client_ca_file: ca.crt\n");
    ExporterException e = assertThrows(ExporterException.class, () -> start(file));
    assertEquals(ExporterException.STARTUP, e.exitCode());
    assertEquals("web config file " + file + ": tls_server_config: missing one of cert or cert_file", e.getMessage());
    assertTrue(started.isEmpty());
  }

  @Test
  void anEmptyTlsSectionServesPlainHttpAsTheToolkitDoes() throws Exception {
    for (String yaml : List.of("tls_server_config: {}\n", "tls_server_config:\n", "tls_server_config:\n  cert_file: \"\"\n")) {
      int port = start(config(yaml));
      assertEquals(200, get("http://127.0.0.1:" + port + "/metrics", null).statusCode(), yaml);
    }
  }

  @Test
  void anEmptyFileChangesNothing() throws Exception {
    int port = start(config(""));
    assertEquals(200, get("http://127.0.0.1:" + port + "/metrics", null).statusCode());
  }

  @Test
  void mistakesStopTheExporterWithOneLine() throws Exception {
    String tls = "tls_server_config:\n  cert_file: server.crt\n  key_file: server.key\n";
    for (String[] bad : new String[][] {
        {"tls_server_config:\n  cert_fil: server.crt\n", "unknown setting tls_server_config.cert_fil"},
        {"basic_auth_users:\n  prometheus: s3cret\n", "basic_auth_users.prometheus is not a bcrypt hash"},
        {"basic_auth_users:\n  prometheus: $2y$03$" + "a".repeat(53) + "\n", "is not a bcrypt hash"},
        {"basic_auth_users:\n  prometheus: $2$10$" + "a".repeat(53) + "\n", "is not a bcrypt hash"},
        {"basic_auth_users:\n  a: $2y$10$" + "a".repeat(53) + "\nbasic_auth_users:\n", "not valid YAML"},
        {"http_server_config:\n  headers:\n    X-Frame-Options: allow\n", "X-Frame-Options must be deny or sameorigin"},
        {"http_server_config:\n  headers:\n    Server: nginx\n", "header \"Server\" cannot be set"},
        {tls + "  client_auth_type: RequireAnyClient\n", "client_auth_type \"RequireAnyClient\" is not one of"},
        {tls + "  client_auth_type: VerifyClientCertIfGiven\n  client_ca_file: empty.crt\n", "has no CERTIFICATE"},
        {tls + "  min_version: TLS13\n  max_version: TLS12\n", "min_version is above max_version"},
        {tls + "  min_version: SSL3\n", "min_version \"SSL3\" is not one of"},
        {tls + "  curve_preferences: [X448]\n", "curve_preferences: unknown curve X448"},
        {tls + "  cipher_suites: [TLS_NOT_A_SUITE]\n", "unknown cipher TLS_NOT_A_SUITE"},
        {"tls_server_config:\n  cert_file: missing.crt\n  key_file: server.key\n", "cannot read"},
        {"tls_server_config:\n  cert_file: server.crt\n  key_file: server-ec.key\n", "does not match"},
        {"tls_server_config: [1, 2]\n", "tls_server_config must be a mapping"},
        {"tls_server_config:\n  cert_file: server.crt\n", "missing one of key or key_file"},
        {"tls_server_config:\n  key_file: server.key\n  client_auth_type: \"\"\n", "missing one of cert or cert_file"},
        {"tls_server_config:\n  min_version: TLS13\n", "sets min_version but no certificate"},
        {"rate_limit:\n  interval: soon\n", "rate_limit.interval: "},
        {"rate_limit:\n  interval: 1s\n  burts: 1\n", "unknown setting rate_limit.burts"},
        {"rate_limit:\n  interval: 1s\n  burst: many\n", "rate_limit.burst must be a whole number"},
        {"a: [unclosed\n", "not valid YAML"},
    }) {
      Path file = config(bad[0]);
      ExporterException e = assertThrows(ExporterException.class, () -> start(file), bad[0]);
      assertEquals(ExporterException.STARTUP, e.exitCode());
      assertTrue(e.getMessage().startsWith("web config file " + file + ": "), e.getMessage());
      assertTrue(e.getMessage().contains(bad[1]), bad[1] + " in: " + e.getMessage());
      assertEquals(1, e.getMessage().lines().count(), e.getMessage());
    }
    ExporterException missing = assertThrows(ExporterException.class, () -> start(directory.resolve("nope.yml")));
    assertTrue(missing.getMessage().contains("cannot read it"), missing.getMessage());
  }

  private static String basic(String user, String password) {
    return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }
}
