package dev.exporterbuilder.runtime.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import at.favre.lib.crypto.bcrypt.BCrypt;
import dev.exporterbuilder.runtime.ExporterRuntime;
import dev.exporterbuilder.runtime.GaugeCollector;
import dev.exporterbuilder.runtime.RunningExporter;
import dev.exporterbuilder.runtime.generated.CollectorDefinition;
import dev.exporterbuilder.runtime.generated.ExporterDefinition;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Basic auth against a started exporter: remembered answers, the stored hash in their key
 * (CVE-2022-46146), and floods of wrong credentials that must not turn bcrypt into a CPU weapon.
 */
class BasicAuthTest {

  private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(10)).build();

  @TempDir
  Path directory;

  private final List<RunningExporter> started = new ArrayList<>();

  @AfterEach
  void stop() {
    started.forEach(RunningExporter::close);
  }

  /** A cost-4 hash, cheap enough to make in a test. */
  private static String hash(String password) {
    return new String(BCrypt.with(BCrypt.Version.VERSION_2Y).hash(4, password.toCharArray()), StandardCharsets.UTF_8);
  }

  /**
   * A well-formed hash of the given cost that no password matches, made from a cost-4 one: making
   * a real one would cost as much as the check this test must not run.
   */
  private static String costly(int cost) {
    return hash("unknown").replaceFirst("\\$04\\$", "\\$" + cost + "\\$");
  }

  /** Starts an exporter with these users, in this order, and returns its metrics URL. */
  private String start(String... usersAndHashes) throws Exception {
    StringBuilder yaml = new StringBuilder("basic_auth_users:\n");
    for (int i = 0; i < usersAndHashes.length; i += 2) {
      yaml.append("  ").append(usersAndHashes[i]).append(": ").append(usersAndHashes[i + 1]).append('\n');
    }
    Path file = Files.writeString(directory.resolve("web-config-" + started.size() + ".yml"), yaml);
    RunningExporter exporter = ExporterRuntime.start(
        ExporterDefinition.builder("basic-auth-test", 9999, BasicAuthTest.class)
            .collector(CollectorDefinition.of("thermal", true, new GaugeCollector("auth_celsius", 21, null)))
            .build(),
        "--web.listen-address=127.0.0.1:0", "--web.disable-exporter-metrics", "--web.config.file=" + file);
    started.add(exporter);
    return "http://127.0.0.1:" + exporter.addresses().get(0).getPort() + "/metrics";
  }

  private static HttpRequest request(String url, String user, String password) {
    String credentials = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60))
        .header("Authorization", "Basic " + credentials).build();
  }

  private static int status(String url, String user, String password) throws Exception {
    return CLIENT.send(request(url, user, password), HttpResponse.BodyHandlers.discarding()).statusCode();
  }

  /** The bcrypt checks run by the requests of {@code action}. */
  private static long checksOf(ThrowingRunnable action) throws Exception {
    long before = BasicAuth.checks();
    action.run();
    return BasicAuth.checks() - before;
  }

  private interface ThrowingRunnable {
    void run() throws Exception;
  }

  @Test
  void startupWithACostlyHashRunsNoCheck() throws Exception {
    String alice = hash("s3cret");
    long checks = BasicAuth.checks();
    long begin = System.nanoTime();
    String url = start("bob", costly(18), "alice", alice);
    long startup = System.nanoTime() - begin;
    assertEquals(checks, BasicAuth.checks(), "no bcrypt check at startup");
    assertTrue(startup < TimeUnit.SECONDS.toNanos(10), "startup took " + startup / 1_000_000 + " ms");

    // an unknown user costs one check of the decoy's fixed cost 10, not of bob's 18 (tens of seconds)
    long unknown = System.nanoTime();
    assertEquals(1, checksOf(() -> assertEquals(401, status(url, "mallory", "guess"))));
    long elapsed = System.nanoTime() - unknown;
    assertTrue(elapsed < TimeUnit.SECONDS.toNanos(10), "unknown user took " + elapsed / 1_000_000 + " ms");
    assertEquals(200, status(url, "alice", "s3cret"));
  }

  @Test
  void rememberedAnswersCostNoCheck() throws Exception {
    String url = start("alice", hash("s3cret"));
    assertEquals(1, checksOf(() -> assertEquals(401, status(url, "alice", "wrong"))));
    assertEquals(0, checksOf(() -> {
      for (int i = 0; i < 3; i++) {
        assertEquals(401, status(url, "alice", "wrong"), "a remembered failure");
      }
    }));
    assertEquals(1, checksOf(() -> assertEquals(401, status(url, "nobody", "wrong"))));
    assertEquals(0, checksOf(() -> assertEquals(401, status(url, "nobody", "wrong"))), "a remembered unknown user");
    assertEquals(1, checksOf(() -> assertEquals(200, status(url, "alice", "s3cret"))));
    assertEquals(0, checksOf(() -> {
      for (int i = 0; i < 3; i++) {
        assertEquals(200, status(url, "alice", "s3cret"), "a remembered success");
      }
    }));
  }

  @Test
  void concurrentFirstRequestsWithTheSameCredentialsCostOneCheck() throws Exception {
    String url = start("alice", hash("s3cret"));
    assertEquals(1, checksOf(() -> {
      List<CompletableFuture<HttpResponse<Void>>> responses = new ArrayList<>();
      for (int i = 0; i < BasicAuth.IN_LINE - 2; i++) {
        responses.add(CLIENT.sendAsync(request(url, "alice", "s3cret"), HttpResponse.BodyHandlers.discarding()));
      }
      for (CompletableFuture<HttpResponse<Void>> response : responses) {
        assertEquals(200, response.get(60, TimeUnit.SECONDS).statusCode());
      }
    }));
  }

  @Test
  void rememberedAnswersAreForTheSameUserPasswordAndStoredHash() throws Exception {
    String alice = hash("s3cret");
    String url = start("alice", alice, "bob", hash("other"));
    assertEquals(401, status(url, "alice", alice), "the stored hash is not a password");
    assertEquals(200, status(url, "alice", "s3cret"));
    assertEquals(401, status(url, "alice", alice), "nor once alice's success is remembered");
    assertEquals(401, status(url, "bob", "s3cret"), "alice's remembered success is not bob's");
    assertEquals(401, status(url, "carol", "s3cret"), "nor an unknown user's");
    assertEquals(401, status(url, "alice" + alice, "s3cret"));
    assertEquals(401, status(url, "alice", alice + "s3cret"));

    // the same password under a new hash (a changed file) is checked again; an old one no longer works
    String renewed = start("alice", hash("new"));
    assertEquals(1, checksOf(() -> assertEquals(401, status(renewed, "alice", "s3cret"))));
    assertEquals(200, status(renewed, "alice", "new"));
    String salted = start("alice", hash("s3cret"));
    assertEquals(1, checksOf(() -> assertEquals(200, status(salted, "alice", "s3cret"))));
  }

  @Test
  void aFloodOfWrongCredentialsDoesNotDelayARememberedScrape() throws Exception {
    String heavy = costly(13);
    String url = start("alice", hash("s3cret"), "bob", heavy);
    // a scraper with its connection open and its success remembered, as Prometheus is after one scrape
    HttpClient scraper = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    HttpRequest scrape = request(url, "alice", "s3cret");
    assertEquals(200, scraper.send(scrape, HttpResponse.BodyHandlers.discarding()).statusCode());
    long begin = System.nanoTime();
    BCrypt.verifyer().verify("wrong".toCharArray(), heavy);
    long oneCheck = System.nanoTime() - begin;

    long checks = BasicAuth.checks();
    List<CompletableFuture<HttpResponse<Void>>> flood = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      HttpRequest attack = i % 2 == 0 ? request(url, "bob", "wrong" + i) : request(url, "nobody" + i, "guess" + i);
      flood.add(CLIENT.sendAsync(attack, HttpResponse.BodyHandlers.discarding()));
    }
    long slowest = 0;
    for (int i = 0; i < 20; i++) {
      long sent = System.nanoTime();
      HttpResponse<String> response = scraper.send(scrape, HttpResponse.BodyHandlers.ofString());
      slowest = Math.max(slowest, System.nanoTime() - sent);
      assertEquals(200, response.statusCode());
      assertTrue(response.body().contains("auth_celsius 21.0"), response.body());
    }
    for (CompletableFuture<HttpResponse<Void>> response : flood) {
      assertEquals(401, response.get(120, TimeUnit.SECONDS).statusCode());
    }
    long floodChecks = BasicAuth.checks() - checks;

    assertTrue(slowest < oneCheck, "slowest remembered scrape " + slowest / 1_000_000 + " ms, one cost-13 check "
        + oneCheck / 1_000_000 + " ms");
    assertTrue(floodChecks < 100, floodChecks + " checks for 200 wrong credentials: most should be refused unchecked");
    assertEquals(0, checksOf(() -> assertEquals(200, status(url, "alice", "s3cret"))),
        "the success is still remembered after the flood");
  }
}
