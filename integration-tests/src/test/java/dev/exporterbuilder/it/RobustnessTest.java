package dev.exporterbuilder.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.exporterbuilder.testsupport.ExporterProcess;
import dev.exporterbuilder.testsupport.Http;
import dev.exporterbuilder.testsupport.PrometheusTools;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The generated {@link QueueExporter} as a process under load, faults and malformed HTTP, on
 * loopback only. The JVM is given {@code -Dexporterbuilder.http.headerTimeout=3s}, so that a client that
 * stalls mid-request is cut off after three seconds instead of the runtime's default five.
 */
class RobustnessTest {

  private static ExporterProcess exporter;
  private static InetSocketAddress address;

  @BeforeAll
  static void startExporter() throws Exception {
    exporter = ExporterProcess.start(List.of("-Dexporterbuilder.http.headerTimeout=3s"), QueueExporterMain.class,
        "--web.listen-address=127.0.0.1:0", "--collector.bulk", "--collector.stalled");
    address = exporter.awaitListening();
  }

  @AfterAll
  static void stopExporter() throws Exception {
    exporter.terminate();
    exporter.awaitExit();
    List<String> errors = exporter.stderr().stream().filter(line -> line.contains("level=error")).toList();
    assertEquals(List.of(), errors, "no errors in the log after load and malformed requests");
    assertTrue(exporter.stderr().stream().noneMatch(line -> line.startsWith("\tat ") || line.contains("Exception in")),
        "no stack traces: " + exporter.stderr());
  }

  @Test
  void twoHundredConcurrentScrapesOfAThousandSeriesAreEach200Or503AndValid() throws Exception {
    HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
        .executor(Executors.newFixedThreadPool(16)).build();
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + address.getPort() + "/metrics"))
        .timeout(Duration.ofSeconds(60)).build();
    List<CompletableFuture<HttpResponse<String>>> scrapes = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      scrapes.add(client.sendAsync(request, HttpResponse.BodyHandlers.ofString()));
    }
    List<String> bodies = new ArrayList<>();
    int ok = 0;
    int limited = 0;
    for (CompletableFuture<HttpResponse<String>> scrape : scrapes) {
      HttpResponse<String> response = scrape.get(90, TimeUnit.SECONDS);
      if (response.statusCode() == 200) {
        ok++;
        bodies.add(response.body());
      } else {
        assertEquals(503, response.statusCode(), response.body());
        limited++;
      }
    }
    assertEquals(200, ok + limited);
    assertTrue(ok >= 40, "at least --web.max-requests scrapes were served: " + ok + " ok, " + limited + " 503");
    for (String body : bodies) {
      Map<String, Double> samples = Http.samples(body);
      long bulk = samples.keySet().stream().filter(series -> series.startsWith("queue_it_bulk_family")).count();
      assertEquals(1_000, bulk, "every scrape has all 1,000 series");
    }
    ExecutorService checks = Executors.newFixedThreadPool(4);
    try {
      List<Future<?>> results = new ArrayList<>();
      for (String body : bodies) {
        results.add(checks.submit(() -> {
          PrometheusTools.assertLintClean(body);
          return null;
        }));
      }
      for (Future<?> result : results) {
        result.get(120, TimeUnit.SECONDS);
      }
    } finally {
      checks.shutdownNow();
    }
    System.out.printf("200 concurrent scrapes: %d answered 200, %d answered 503%n", ok, limited);
  }

  @Test
  void faultyCollectorsCostOnlyThemselvesWithinTheScrapeTimeout() throws Exception {
    long start = System.nanoTime();
    HttpResponse<String> response = Http.get(address, "/metrics", "X-Prometheus-Scrape-Timeout-Seconds", "3");
    long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    assertEquals(200, response.statusCode());
    assertTrue(millis < 2_500, "bounded by the 1s timeout of the stalled collector: " + millis + "ms");
    Map<String, Double> samples = Http.samples(response.body());
    assertEquals(0.0, samples.get("queue_it_scrape_collector_success{collector=\"stalled\"}"));
    assertEquals(0.0, samples.get("queue_it_scrape_collector_success{collector=\"faults\"}"), "throws, NaN, negative, duplicates");
    assertEquals(1.5, samples.get("queue_it_healthy"), "the healthy member of the faulty collector");
    assertEquals(1.0, samples.get("queue_it_scrape_collector_success{collector=\"queues\"}"));
    assertEquals(7.0, samples.get("queue_it_queue_orders_depth"));
    assertEquals(1.0, samples.get("queue_it_scrape_collector_success{collector=\"bulk\"}"));
  }

  @Test
  void aCollectorThatHangsForeverIsBoundedByTheScrapeTimeout() throws Exception {
    try (ExporterProcess hung = ExporterProcess.start(QueueExporterMain.class, "--web.listen-address=127.0.0.1:0",
        "--collector.hung")) {
      InetSocketAddress hungAddress = hung.awaitListening();
      for (int scrape = 0; scrape < 2; scrape++) {
        long start = System.nanoTime();
        HttpResponse<String> response = Http.get(hungAddress, "/metrics", "X-Prometheus-Scrape-Timeout-Seconds", "2");
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        assertEquals(200, response.statusCode());
        assertTrue(millis < 2_000, "answered before Prometheus gives up (2s): " + millis + "ms");
        Map<String, Double> samples = Http.samples(response.body());
        assertEquals(0.0, samples.get("queue_it_scrape_collector_success{collector=\"hung\"}"));
        assertEquals(7.0, samples.get("queue_it_queue_orders_depth"));
      }
      hung.terminate();
      assertEquals(0, hung.awaitExit(), "a hung collector does not keep the exporter from stopping");
    }
  }

  /**
   * A StackOverflowError is not a member's failure: it ends the collector's run, so none of its
   * samples are served (not even those of the member after it), its success is 0 and the error is
   * logged at error level on every scrape; the scrape answers 200 with the other collectors, and the
   * exporter goes on serving.
   */
  @Test
  void aStackOverflowFailsItsWholeCollectorOnEveryScrapeAndTheExporterGoesOn() throws Exception {
    try (ExporterProcess overflowing = ExporterProcess.start(QueueExporterMain.class, "--web.listen-address=127.0.0.1:0",
        "--collector.overflow")) {
      InetSocketAddress overflowAddress = overflowing.awaitListening();
      for (int scrape = 0; scrape < 3; scrape++) {
        HttpResponse<String> response = Http.get(overflowAddress, "/metrics");
        assertEquals(200, response.statusCode(), response.body());
        Map<String, Double> samples = Http.samples(response.body());
        assertEquals(0.0, samples.get("queue_it_scrape_collector_success{collector=\"overflow\"}"));
        assertFalse(samples.containsKey("queue_it_after_runaway"), "the run ended at the overflow");
        assertEquals(1.0, samples.get("queue_it_scrape_collector_success{collector=\"queues\"}"));
        assertEquals(7.0, samples.get("queue_it_queue_orders_depth"));
        assertEquals(1.5, samples.get("queue_it_healthy"), "an exception still costs only its member");
      }
      overflowing.terminate();
      assertEquals(0, overflowing.awaitExit());
      List<String> fatal = overflowing.stderr().stream()
          .filter(line -> line.contains("level=error msg=\"Collector failed with a fatal error\" collector=overflow"
              + " err=StackOverflowError"))
          .toList();
      assertEquals(3, fatal.size(), "one error line per scrape: " + overflowing.stderr());
      assertTrue(overflowing.stderr().stream().noneMatch(line -> line.startsWith("\tat ")),
          "no stack traces: " + overflowing.stderr());
    }
  }

  @Test
  void methodsOtherThanGetAndHead() throws Exception {
    HttpResponse<String> post = Http.send(address, "POST", "/metrics");
    assertEquals(405, post.statusCode());
    assertEquals("GET, HEAD", post.headers().firstValue("Allow").orElse(""));
    HttpResponse<String> head = Http.send(address, "HEAD", "/metrics");
    assertEquals(200, head.statusCode());
    assertEquals("", head.body());
  }

  @Test
  void aGarbageRequestLineIsRefusedAndTheServerGoesOn() throws Exception {
    String answer = exchange("GARBAGE\r\n\r\n");
    assertTrue(answer.isEmpty() || answer.startsWith("HTTP/1.1 400"), answer);
    assertEquals(200, Http.get(address, "/metrics").statusCode());
  }

  @Test
  void hugeHeadersAreRefusedAndTheServerGoesOn() throws Exception {
    String huge = "GET /metrics HTTP/1.1\r\nHost: x\r\nX-Big: " + "a".repeat(1_000_000) + "\r\n\r\n";
    String answer;
    try {
      answer = exchange(huge);
    } catch (IOException e) {
      answer = ""; // the server closed the connection while the headers were still being sent
    }
    assertFalse(answer.startsWith("HTTP/1.1 200"), "a 1 MB header is not served: " + answer);
    StringBuilder many = new StringBuilder("GET /metrics HTTP/1.1\r\nHost: x\r\n");
    for (int i = 0; i < 1_000; i++) {
      many.append("X-H").append(i).append(": v\r\n");
    }
    try {
      answer = exchange(many.append("\r\n").toString());
    } catch (IOException e) {
      answer = "";
    }
    assertFalse(answer.startsWith("HTTP/1.1 200"), "1,000 headers are not served: " + answer);
    assertEquals(200, Http.get(address, "/metrics").statusCode());
  }

  @Test
  void clientsThatStallMidRequestCannotStarveScrapes() throws Exception {
    List<Socket> stalled = new ArrayList<>();
    try {
      Http.get(address, "/metrics"); // warm: the stalled collector's first run is behind us
      stall(stalled, 60);
      long start = System.nanoTime();
      assertEquals(200, Http.get(address, "/metrics").statusCode());
      long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
      // starved, the scrape would wait for the stalled requests to be cut off after 3 s
      assertTrue(millis < 2_000, "60 stalled clients hold 60 of 256 workers; scrapes go on: " + millis + "ms");

      stall(stalled, 300); // more than the 256 workers
      start = System.nanoTime();
      assertEquals(200, Http.get(address, "/metrics").statusCode());
      long saturated = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
      assertTrue(saturated < 8_000, "served once stalled requests time out (3 s here): " + saturated + "ms");

      Socket first = stalled.get(0);
      first.setSoTimeout(15_000);
      long closing = System.nanoTime();
      readUntilClosed(first.getInputStream()); // fails if the server keeps the connection open 15 s
      long closedAfter = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - closing);
      assertTrue(closedAfter < 8_000, "the stalled connection is closed within seconds: " + closedAfter + "ms");
      System.out.printf("stalled clients: a scrape took %d ms beside 60, %d ms beside 360%n", millis, saturated);
    } finally {
      for (Socket socket : stalled) {
        socket.close();
      }
    }
  }

  private static void stall(List<Socket> stalled, int count) throws IOException {
    for (int i = 0; i < count; i++) {
      Socket socket = new Socket(address.getAddress(), address.getPort());
      socket.getOutputStream().write("GET /metrics HTTP/1.1\r\nHost: x\r\n".getBytes(StandardCharsets.US_ASCII));
      socket.getOutputStream().flush();
      stalled.add(socket);
    }
  }

  /**
   * A client that sends part of a request head and hangs up is never served: the JDK server used to
   * run a whole scrape for it.
   */
  @Test
  void incompleteRequestsAreNeverServed() throws Exception {
    double before = scrapesServed(Http.get(address, "/metrics").body());
    for (String request : List.of("GET /metrics HTTP/1.1\r\nHost: x\r\n", "GET /metrics HTTP/1.1\r\n",
        "GET /metrics HTTP/1.1\r\nHost: x\r\nAccept: text/pl")) {
      for (int i = 0; i < 20; i++) {
        try (Socket socket = new Socket(address.getAddress(), address.getPort())) {
          socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
          socket.getOutputStream().flush();
        }
      }
    }
    Thread.sleep(500);
    HttpResponse<String> scrape = Http.get(address, "/metrics");
    assertEquals(200, scrape.statusCode(), "no scrape slot is held by an incomplete request: " + scrape.body());
    assertEquals(1.0, scrapesServed(scrape.body()) - before, "only the first of the two scrapes here was counted");
  }

  /** The sum of promhttp_metric_handler_requests_total over all codes. */
  private static double scrapesServed(String body) {
    return Http.samples(body).entrySet().stream()
        .filter(sample -> sample.getKey().startsWith("promhttp_metric_handler_requests_total{"))
        .mapToDouble(Map.Entry::getValue).sum();
  }

  @Test
  void clientsThatGoAwayMidResponseAreNotErrors() throws Exception {
    for (int i = 0; i < 10; i++) {
      try (Socket socket = new Socket(address.getAddress(), address.getPort())) {
        socket.setSoLinger(true, 0); // close with a reset, as a client that times out does
        socket.getOutputStream().write("GET /metrics HTTP/1.1\r\nHost: x\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        socket.getOutputStream().flush();
      }
    }
    Thread.sleep(200);
    assertEquals(200, Http.get(address, "/metrics").statusCode());
    // stopExporter() asserts that none of this was logged as an error
  }

  /** Reads until the server closes the connection; fails if it is still open when the socket's timeout passes. */
  private static void readUntilClosed(InputStream in) {
    byte[] buffer = new byte[4096];
    try {
      while (in.read(buffer) >= 0) {
        // whatever the server sends before closing
      }
    } catch (SocketTimeoutException e) {
      throw new AssertionError("the server did not close a stalled connection", e);
    } catch (IOException e) {
      // reset by the server: closed as well
    }
  }

  /** Sends {@code request} raw and returns what the server answers until it closes or 5s pass. */
  private static String exchange(String request) throws IOException {
    try (Socket socket = new Socket(address.getAddress(), address.getPort())) {
      socket.setSoTimeout(5_000);
      OutputStream out = socket.getOutputStream();
      out.write(request.getBytes(StandardCharsets.US_ASCII));
      out.flush();
      StringBuilder answer = new StringBuilder();
      byte[] buffer = new byte[8192];
      try {
        for (int n = socket.getInputStream().read(buffer); n >= 0; n = socket.getInputStream().read(buffer)) {
          answer.append(new String(buffer, 0, n, StandardCharsets.ISO_8859_1));
          if (answer.indexOf("\r\n\r\n") >= 0) {
            break;
          }
        }
      } catch (SocketTimeoutException | java.net.SocketException e) {
        // no answer, or reset: the server refused the request
      }
      return answer.toString();
    }
  }
}
