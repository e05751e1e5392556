package dev.exporterbuilder.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.exporterbuilder.runtime.generated.CollectorDefinition;
import dev.exporterbuilder.runtime.generated.ExporterDefinition;
import dev.exporterbuilder.runtime.http.HttpListener;
import dev.exporterbuilder.runtime.http.Timeouts;
import dev.exporterbuilder.runtime.http.WorkerPool;
import io.prometheus.metrics.model.snapshots.GaugeSnapshot;
import io.prometheus.metrics.model.snapshots.GaugeSnapshot.GaugeDataPointSnapshot;
import io.prometheus.metrics.model.snapshots.Labels;
import io.prometheus.metrics.model.snapshots.MetricFamilyDescriptor;
import io.prometheus.metrics.model.snapshots.MetricMetadata;
import io.prometheus.metrics.model.snapshots.MetricSnapshots;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPInputStream;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HTTP/1.1 server ({@link HttpListener}) through real sockets: what reaches the handlers, how
 * responses are framed, and what is refused.
 */
class HttpServerTest {

  /** The limits of a request head docs/operations.md states: over 32 KiB or 100 header fields is a 431. */
  private static final int MAX_HEAD_BYTES = 32 * 1024;
  private static final int MAX_HEAD_FIELDS = 100;

  @TempDir
  Path directory;

  private final List<RunningExporter> started = new ArrayList<>();
  private final List<Socket> sockets = new ArrayList<>();
  private final CountingCollector counting = new CountingCollector();

  @AfterEach
  void stop() throws IOException {
    for (Socket socket : sockets) {
      socket.close();
    }
    started.forEach(RunningExporter::close);
    System.clearProperty(Timeouts.HEADER_TIMEOUT_PROPERTY);
    System.clearProperty(Timeouts.IDLE_TIMEOUT_PROPERTY);
    System.clearProperty(Timeouts.WRITE_TIMEOUT_PROPERTY);
  }

  /** Counts its runs; each takes 200 ms, so that scrapes started together overlap. */
  static final class CountingCollector implements ExporterCollector {
    private final MetricMetadata metadata = new MetricMetadata("http_test_runs", "Runs so far.");
    final AtomicInteger runs = new AtomicInteger();

    @Override
    public MetricSnapshots collect(MemberErrors errors) {
      int run = runs.incrementAndGet();
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return MetricSnapshots.of(new GaugeSnapshot(metadata, List.of(new GaugeDataPointSnapshot(run, Labels.EMPTY, null))));
    }

    @Override
    public List<MetricFamilyDescriptor> getMetricFamilyDescriptors() {
      return List.of(MetricFamilyDescriptor.gauge(metadata.getName()).help(metadata.getHelp()).build());
    }
  }

  /** A large scrape: {@code series} series of about 1 KB each, after {@code millis} of collecting. */
  static final class BulkyCollector implements ExporterCollector {
    private final MetricMetadata metadata = new MetricMetadata("http_test_bulk", "Large series.");
    private final MetricSnapshots snapshots;
    private final long millis;

    BulkyCollector(int series, long millis) {
      List<GaugeDataPointSnapshot> points = new ArrayList<>();
      String padding = "x".repeat(1000);
      for (int i = 0; i < series; i++) {
        points.add(new GaugeDataPointSnapshot(i, Labels.of("i", Integer.toString(i), "padding", padding), null));
      }
      this.snapshots = MetricSnapshots.of(new GaugeSnapshot(metadata, points));
      this.millis = millis;
    }

    @Override
    public MetricSnapshots collect(MemberErrors errors) {
      try {
        Thread.sleep(millis);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return snapshots;
    }

    @Override
    public List<MetricFamilyDescriptor> getMetricFamilyDescriptors() {
      return List.of(MetricFamilyDescriptor.gauge(metadata.getName()).help(metadata.getHelp()).build());
    }
  }

  private int start(String... args) throws ExporterException {
    return start(counting, args);
  }

  private int start(ExporterCollector collector, String... args) throws ExporterException {
    List<String> all = new ArrayList<>(List.of("--web.listen-address=127.0.0.1:0"));
    all.addAll(List.of(args));
    RunningExporter exporter = ExporterRuntime.start(
        ExporterDefinition.builder("http-test", 9999, HttpServerTest.class)
            .collector(CollectorDefinition.of("counting", true, collector))
            .build(),
        all.toArray(new String[0]));
    started.add(exporter);
    return exporter.addresses().get(0).getPort();
  }

  private Socket connect(int port) throws IOException {
    return connect(port, "127.0.0.1");
  }

  /** A connection from the loopback address {@code from}, so that the server sees several clients. */
  private Socket connect(int port, String from) throws IOException {
    Socket socket = new Socket("127.0.0.1", port, InetAddress.getByName(from), 0);
    socket.setSoTimeout(10_000);
    sockets.add(socket);
    return socket;
  }

  private static void write(Socket socket, String text) throws IOException {
    socket.getOutputStream().write(text.getBytes(StandardCharsets.ISO_8859_1));
    socket.getOutputStream().flush();
  }

  private static HttpResponse<String> get(int port, String path, String... headers) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
        .timeout(Duration.ofSeconds(10));
    if (headers.length > 0) {
      request.headers(headers);
    }
    return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
        .send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  /** One response as read off the wire: status line, headers by lower-case name, body unframed. */
  record Response(String statusLine, Map<String, String> headers, String body) {
    int status() {
      return Integer.parseInt(statusLine.split(" ")[1]);
    }
  }

  /**
   * Reads one response the way a client must: by Content-Length, chunked, or until the connection
   * closes; the body of a HEAD response is empty whatever its headers say.
   *
   * @return null if the connection closed before a response began
   */
  static Response read(InputStream in, boolean head) throws IOException {
    String statusLine = line(in);
    if (statusLine == null) {
      return null;
    }
    Map<String, String> headers = new LinkedHashMap<>();
    for (String line = line(in); !line.isEmpty(); line = line(in)) {
      int colon = line.indexOf(':');
      headers.merge(line.substring(0, colon).toLowerCase(Locale.ROOT), line.substring(colon + 1).strip(), (a, b) -> a + "," + b);
    }
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    if (head) {
      return new Response(statusLine, headers, "");
    } else if (headers.containsKey("content-length")) {
      body.write(in.readNBytes(Integer.parseInt(headers.get("content-length"))));
    } else if ("chunked".equals(headers.get("transfer-encoding"))) {
      for (int size = Integer.parseInt(line(in), 16); size > 0; size = Integer.parseInt(line(in), 16)) {
        body.write(in.readNBytes(size));
        assertEquals("", line(in));
      }
      assertEquals("", line(in));
    } else {
      in.transferTo(body);
    }
    return new Response(statusLine, headers, body.toString(StandardCharsets.ISO_8859_1));
  }

  private static String line(InputStream in) throws IOException {
    StringBuilder line = new StringBuilder();
    for (int c = in.read(); c != '\n'; c = in.read()) {
      if (c < 0) {
        return line.length() == 0 ? null : line.toString();
      }
      line.append((char) c);
    }
    assertTrue(line.length() > 0 && line.charAt(line.length() - 1) == '\r', "CRLF line endings: " + line);
    return line.substring(0, line.length() - 1);
  }

  /** True if the server closed {@code socket} (end of stream or reset) before {@code millis} passed. */
  private static boolean closedWithin(Socket socket, int millis) throws IOException {
    socket.setSoTimeout(millis);
    try {
      while (socket.getInputStream().read() >= 0) {
        // whatever the server still sends
      }
      return true;
    } catch (SocketTimeoutException e) {
      return false;
    } catch (SocketException e) {
      return true;
    }
  }

  private static double sample(String body, String series) {
    for (String line : body.split("\n")) {
      if (line.startsWith(series + " ")) {
        return Double.parseDouble(line.substring(series.length() + 1));
      }
    }
    throw new AssertionError(series + " not in:\n" + body);
  }

  @Test
  void incompleteRequestsRunNoCollectorAndTakeNoScrapeSlot() throws Exception {
    int port = start("--web.max-requests=1");
    String[] incomplete = {
        "GET /metrics HTTP/1.1\r\nHost: x\r\n", // request line and a header, no empty line
        "GET /metrics HTTP/1.1\r\n", // request line only
        "GET /metrics HTTP/1.1\r\nHost: x\r\nX-Scrape: ha", // half a header line
    };
    for (String request : incomplete) {
      for (int i = 0; i < 20; i++) {
        try (Socket socket = connect(port)) {
          write(socket, request);
        }
      }
    }
    // were any of those 60 served, they would hold the only scrape slot for 200 ms each
    HttpResponse<String> scrape = get(port, "/metrics");
    assertEquals(200, scrape.statusCode(), scrape.body());
    assertEquals(1, counting.runs.get(), "only this scrape ran the collector");
    assertEquals(1.0, sample(scrape.body(), "http_test_runs"));
    assertEquals(0.0, sample(scrape.body(), "promhttp_metric_handler_requests_total{code=\"200\"}"), scrape.body());
    assertEquals(0.0, sample(scrape.body(), "promhttp_metric_handler_requests_total{code=\"503\"}"), scrape.body());
    assertEquals(1.0, sample(scrape.body(), "promhttp_metric_handler_requests_in_flight"), scrape.body());
    Thread.sleep(300); // any late dispatch of the incomplete requests would run now
    String later = get(port, "/metrics").body();
    assertEquals(1.0, sample(later, "promhttp_metric_handler_requests_total{code=\"200\"}"), later);
    assertEquals(0.0, sample(later, "promhttp_metric_handler_requests_total{code=\"503\"}"), later);
    assertEquals(2, counting.runs.get());
  }

  @Test
  void pipelinedRequestsAreAnsweredInOrderOnOneConnection() throws Exception {
    int port = start();
    Socket socket = connect(port);
    write(socket, "GET /-/healthy HTTP/1.1\r\nHost: x\r\n\r\n"
        + "HEAD / HTTP/1.1\r\nHost: x\r\n\r\n"
        + "GET /nothing HTTP/1.1\r\nHost: x\r\n\r\n"
        + "\r\nGET /-/healthy HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
    InputStream in = socket.getInputStream();
    Response healthy = read(in, false);
    assertEquals("HTTP/1.1 200 OK", healthy.statusLine());
    assertEquals("Healthy", healthy.body());
    // an IMF-fixdate (two-digit day, GMT) of now
    String date = healthy.headers().get("date");
    assertTrue(date.matches("(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \\d{2} [A-Z][a-z]{2} \\d{4} \\d{2}:\\d{2}:\\d{2} GMT"), date);
    long age = Duration.between(ZonedDateTime.parse(date, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant(), Instant.now()).toSeconds();
    assertTrue(age >= 0 && age < 60, date);
    Response head = read(in, true);
    assertEquals(200, head.status());
    assertTrue(Integer.parseInt(head.headers().get("content-length")) > 100, "the length GET would have: " + head);
    Response missing = read(in, false);
    assertEquals(404, missing.status(), "a HEAD response has no body: the next response follows at once");
    Response last = read(in, false);
    assertEquals("Healthy", last.body());
    assertEquals("close", last.headers().get("connection"));
    assertEquals(-1, in.read(), "closed after Connection: close");

    // after a pause the connection is parked, and still served when the client comes back
    Socket again = connect(port);
    write(again, "GET /-/healthy HTTP/1.1\r\nHost: x\r\n\r\n");
    assertEquals("Healthy", read(again.getInputStream(), false).body());
    Thread.sleep(300);
    write(again, "GET /-/healthy HTTP/1.1\r\nHost: x\r\n\r\n");
    assertEquals("Healthy", read(again.getInputStream(), false).body());
  }

  @Test
  void chunkedAndCloseDelimitedBodies() throws Exception {
    int port = start();
    HttpResponse<byte[]> gzip = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/metrics")).header("Accept-Encoding", "gzip").build(),
        HttpResponse.BodyHandlers.ofByteArray());
    assertEquals(200, gzip.statusCode());
    assertEquals("chunked", gzip.headers().firstValue("Transfer-Encoding").orElse(""), "client_java passes length 0 for gzip");
    String text = new String(new GZIPInputStream(new java.io.ByteArrayInputStream(gzip.body())).readAllBytes(),
        StandardCharsets.UTF_8);
    assertTrue(text.contains("http_test_runs 1.0"), text);

    Socket socket = connect(port);
    write(socket, "GET /metrics HTTP/1.0\r\nAccept-Encoding: gzip\r\n\r\n");
    Response old = read(socket.getInputStream(), false);
    assertEquals(200, old.status());
    assertFalse(old.headers().containsKey("transfer-encoding"), "no chunks for HTTP/1.0: " + old.headers());
    assertEquals("close", old.headers().get("connection"));
    byte[] compressed = old.body().getBytes(StandardCharsets.ISO_8859_1);
    String oldText = new String(new GZIPInputStream(new java.io.ByteArrayInputStream(compressed)).readAllBytes(),
        StandardCharsets.UTF_8);
    assertTrue(oldText.contains("http_test_runs"), oldText);
  }

  @Test
  void http10ClosesUnlessKeepAliveIsAsked() throws Exception {
    int port = start();
    Socket plain = connect(port);
    write(plain, "GET /-/healthy HTTP/1.0\r\n\r\n");
    Response answer = read(plain.getInputStream(), false);
    assertEquals("HTTP/1.1 200 OK", answer.statusLine());
    assertEquals("close", answer.headers().get("connection"));
    assertTrue(closedWithin(plain, 5_000));

    Socket kept = connect(port);
    write(kept, "GET /-/healthy HTTP/1.0\r\nConnection: keep-alive\r\n\r\n");
    assertEquals("keep-alive", read(kept.getInputStream(), false).headers().get("connection"));
    write(kept, "GET /-/healthy HTTP/1.0\r\n\r\n");
    assertEquals("Healthy", read(kept.getInputStream(), false).body());
  }

  @Test
  void malformedAndOversizedHeadsAreRefusedWithoutCallingAHandler() throws Exception {
    int port = start();
    StringBuilder many = new StringBuilder("GET /metrics HTTP/1.1\r\nHost: x\r\n");
    for (int i = 0; i < MAX_HEAD_FIELDS; i++) {
      many.append("X-H").append(i).append(": v\r\n");
    }
    Object[][] cases = {
        {"GARBAGE\r\n\r\n", 400},
        {"GET /metrics HTTP/1.1\r\n\r\n", 400}, // no Host
        {"GET /metrics HTTP/1.1\r\nHost: x\r\nHost: y\r\n\r\n", 400},
        {"GET /metrics HTTP/1.1\r\nHost : x\r\n\r\n", 400}, // whitespace before the colon
        {"GET /metrics HTTP/1.1\r\nHost: x\r\nX-A: 1\r\n folded\r\n\r\n", 400},
        {"GET /metrics HTTP/1.1\r\nHost: x\rX-A: 1\r\n\r\n", 400}, // bare CR
        {"GET /metrics HTTP/1.1\r\nHost: x\r\nX-A: a\u0000b\r\n\r\n", 400},
        {"GET  /metrics HTTP/1.1\r\nHost: x\r\n\r\n", 400},
        {"GET metrics HTTP/1.1\r\nHost: x\r\n\r\n", 400},
        {"GET /metrics HTTP/2.0\r\nHost: x\r\n\r\n", 505},
        {many.append("\r\n").toString(), 431},
        {"GET /metrics HTTP/1.1\r\nHost: x\r\nX-Big: " + "a".repeat(MAX_HEAD_BYTES) + "\r\n\r\n", 431},
        {"GET /metrics HTTP/1.1\r\nHost: x\r\nX-Huge: " + "a".repeat(1_000_000) + "\r\n\r\n", 431},
    };
    for (Object[] refused : cases) {
      Socket socket = connect(port);
      write(socket, (String) refused[0]);
      Response answer = read(socket.getInputStream(), false);
      String request = ((String) refused[0]).substring(0, Math.min(60, ((String) refused[0]).length()));
      assertEquals(refused[1], answer.status(), request);
      assertEquals("close", answer.headers().get("connection"), request);
      assertTrue(closedWithin(socket, 5_000), request);
    }
    assertEquals(0, counting.runs.get(), "no request was served");
    assertEquals(200, get(port, "/metrics").statusCode(), "and the server goes on");
  }

  @Test
  void bodiesAreNeverReadNorParsedAsTheNextRequest() throws Exception {
    int port = start();
    String smuggled = "GET /metrics HTTP/1.1\r\nHost: x\r\n\r\n";
    Object[][] cases = {
        {"POST /metrics HTTP/1.1\r\nHost: x\r\nContent-Length: " + smuggled.length() + "\r\n\r\n" + smuggled, 405},
        {"POST /metrics HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n" + smuggled, 405},
        {"GET /metrics HTTP/1.1\r\nHost: x\r\nContent-Length: " + smuggled.length() + "\r\n\r\n" + smuggled, 400},
        {"POST /metrics HTTP/1.1\r\nHost: x\r\nContent-Length: 4\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n" + smuggled, 400},
        {"POST /metrics HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\nContent-Length: 0\r\n\r\n" + smuggled, 400},
        {"POST /metrics HTTP/1.1\r\nHost: x\r\nContent-Length: 1, 1\r\n\r\nx" + smuggled, 400},
        {"POST /metrics HTTP/1.1\r\nHost: x\r\nContent-Length: -1\r\n\r\n" + smuggled, 400},
    };
    for (Object[] request : cases) {
      Socket socket = connect(port);
      write(socket, (String) request[0]);
      String text = ((String) request[0]).substring(0, 70);
      Response answer = read(socket.getInputStream(), false);
      assertEquals(request[1], answer.status(), text);
      assertEquals("close", answer.headers().get("connection"), text);
      assertEquals(null, read(socket.getInputStream(), false), "one answer, then closed: " + text);
    }
    assertEquals(0, counting.runs.get(), "the request in the body never ran");

    Socket empty = connect(port);
    write(empty, "POST /metrics HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\n\r\n" + smuggled);
    assertEquals(405, read(empty.getInputStream(), false).status());
    assertEquals(200, read(empty.getInputStream(), false).status(), "no body: the next request is one");
  }

  @Test
  void aClientHasTheHeaderTimeoutToSendItsRequest() throws Exception {
    System.setProperty(Timeouts.HEADER_TIMEOUT_PROPERTY, "1s");
    System.setProperty(Timeouts.IDLE_TIMEOUT_PROPERTY, "1500ms");
    int port = start();
    Socket silent = connect(port);
    Socket trickling = connect(port);
    long start = System.nanoTime();
    try {
      for (int i = 0; i < 8; i++) {
        write(trickling, i == 0 ? "GET /metrics HTTP/1.1\r\n" : "X-" + i + ": v\r\n");
        Thread.sleep(200);
      }
    } catch (IOException e) {
      // reset: the server closed the connection while the client was still sending
    }
    assertTrue(closedWithin(silent, 5_000), "a connection that sends nothing is closed");
    assertTrue(closedWithin(trickling, 5_000), "a request trickling in is cut off at the deadline, not per read");
    long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    assertTrue(millis < 4_000, "closed after the 1s timeout, far before the default 5s: " + millis + " ms");
    assertEquals(0, counting.runs.get());

    Socket idle = connect(port);
    write(idle, "GET /-/healthy HTTP/1.1\r\nHost: x\r\n\r\n");
    assertEquals("Healthy", read(idle.getInputStream(), false).body());
    assertFalse(closedWithin(idle, 500), "kept while idle for less than the idle timeout");
    assertTrue(closedWithin(idle, 5_000), "closed after the idle timeout");
  }

  @Test
  void invalidTimeoutsStopTheExporterWithOneLine() {
    System.setProperty(Timeouts.HEADER_TIMEOUT_PROPERTY, "5");
    ExporterException e = assertThrows(ExporterException.class, this::start);
    assertEquals(ExporterException.STARTUP, e.exitCode());
    assertTrue(e.getMessage().startsWith("-D" + Timeouts.HEADER_TIMEOUT_PROPERTY + ": "), e.getMessage());
    System.clearProperty(Timeouts.HEADER_TIMEOUT_PROPERTY);
    System.setProperty(Timeouts.WRITE_TIMEOUT_PROPERTY, "0s");
    e = assertThrows(ExporterException.class, this::start);
    assertEquals("-D" + Timeouts.WRITE_TIMEOUT_PROPERTY + ": must be positive, not 0s", e.getMessage());
  }

  @Test
  void idleKeepAliveConnectionsHoldNoWorker() throws Exception {
    int port = start("--web.disable-exporter-metrics");
    for (int i = 0; i < WorkerPool.WORKERS + 44; i++) {
      Socket socket = connect(port);
      write(socket, "GET /-/healthy HTTP/1.1\r\nHost: x\r\n\r\n");
      assertEquals(200, read(socket.getInputStream(), false).status());
    }
    // 300 idle connections, more than the workers: a scrape is still answered at once
    long start = System.nanoTime();
    assertEquals(200, get(port, "/metrics").statusCode());
    long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    assertTrue(millis < 4_000, "not queued behind idle connections: " + millis + " ms");
  }

  @Test
  void connectionsBeyondTheLimitAreClosedAtOnce() throws Exception {
    System.setProperty(Timeouts.HEADER_TIMEOUT_PROPERTY, "60s"); // the silent ones stay open meanwhile
    int port = start();
    for (int i = 0; i < HttpListener.MAX_CONNECTIONS; i++) {
      connect(port, i % 2 == 0 ? "127.0.0.1" : "127.0.0.2"); // two clients, each within its own limit
    }
    // accepted in order: once the one beyond the limit is closed, all before it are counted
    Socket beyond = connect(port, "127.0.0.3");
    assertTrue(closedWithin(beyond, 10_000), "the connection beyond " + HttpListener.MAX_CONNECTIONS + " is closed");
    for (Socket socket : sockets.subList(0, 10)) {
      socket.close();
    }
    long start = System.nanoTime();
    Socket next = null;
    while (next == null && System.nanoTime() - start < TimeUnit.SECONDS.toNanos(10)) {
      Socket candidate = connect(port);
      Response answer;
      try {
        write(candidate, "GET /-/healthy HTTP/1.1\r\nHost: x\r\n\r\n");
        answer = read(candidate.getInputStream(), false);
      } catch (SocketException refused) {
        // a connection closed beyond the limit with the request unread may be reset, not just closed
        answer = null;
      }
      if (answer != null) {
        next = candidate;
        assertEquals("Healthy", answer.body());
      }
    }
    assertTrue(next != null, "served again once connections closed");
  }

  @Test
  void theLongestIdleConnectionMakesRoomForANewOne() throws Exception {
    int port = start("--web.disable-exporter-metrics");
    for (int i = 0; i < HttpListener.MAX_CONNECTIONS; i++) {
      Socket socket = connect(port, i % 2 == 0 ? "127.0.0.1" : "127.0.0.2");
      write(socket, "GET /-/healthy HTTP/1.1\r\nHost: x\r\n\r\n");
      assertEquals(200, read(socket.getInputStream(), false).status());
      if (i == 0) {
        // a worker parks its connection just after the client has the answer: on a busy machine the
        // next one could park first, so give the first a clear lead as the longest idle
        Thread.sleep(300);
      }
    }
    // every slot is held by an idle keep-alive connection: the scrape takes the place of the oldest
    Socket prometheus = connect(port, "127.0.0.3");
    write(prometheus, "GET /metrics HTTP/1.1\r\nHost: x\r\n\r\n");
    Response scrape = read(prometheus.getInputStream(), false);
    assertTrue(scrape != null && scrape.status() == 200, "scraped beside 1,024 idle connections: " + scrape);
    assertTrue(scrape.body().contains("http_test_runs 1.0"), scrape.body());
    assertTrue(closedWithin(sockets.get(0), 5_000), "the connection idle longest was closed");

    // 127.0.0.2 holds half the connections, its limit: its new one takes the place of its own oldest
    Socket used = sockets.get(1);
    write(used, "GET /-/healthy HTTP/1.1\r\nHost: x\r\n\r\n");
    assertEquals("Healthy", read(used.getInputStream(), false).body());
    Socket again = connect(port, "127.0.0.2");
    write(again, "GET /-/healthy HTTP/1.1\r\nHost: x\r\n\r\n");
    assertEquals("Healthy", read(again.getInputStream(), false).body());
    assertTrue(closedWithin(sockets.get(3), 5_000), "the longest idle connection of 127.0.0.2 was closed");
    Socket other = sockets.get(2);
    write(other, "GET /-/healthy HTTP/1.1\r\nHost: x\r\n\r\n");
    assertEquals("Healthy", read(other.getInputStream(), false).body(), "not 127.0.0.1's, idle longer");
  }

  @Test
  void oneClientAddressHoldsAtMostHalfTheConnections() throws Exception {
    System.setProperty(Timeouts.HEADER_TIMEOUT_PROPERTY, "60s"); // the silent ones stay open meanwhile
    int port = start();
    for (int i = 0; i < HttpListener.MAX_CONNECTIONS_PER_ADDRESS; i++) {
      connect(port, "127.0.0.2"); // sending nothing: busy reading a request head, none idle
    }
    Socket beyond = connect(port, "127.0.0.2");
    assertTrue(closedWithin(beyond, 5_000), "the connection beyond " + HttpListener.MAX_CONNECTIONS_PER_ADDRESS
        + " of one address is closed");
    HttpResponse<String> scrape = get(port, "/metrics");
    assertEquals(200, scrape.statusCode(), "another address is served");
  }

  @Test
  void aClientThatStopsReadingLosesItsScrapeSlotAfterTheWriteTimeout() throws Exception {
    System.setProperty(Timeouts.WRITE_TIMEOUT_PROPERTY, "4s");
    int port = start(new BulkyCollector(1_000, 0), "--web.max-requests=1");
    // the stalled client holds the slot for one write timeout only, the window in which a scrape sees the
    // 503: 4 s, because a scrape on a machine busy with parallel builds can take a good part of a second,
    // and a first request that has to load and warm the HTTP client more, so that is done beforehand
    assertEquals(200, get(port, "/metrics").statusCode());
    Socket greedy = new Socket();
    greedy.setReceiveBufferSize(4096);
    greedy.connect(new InetSocketAddress("127.0.0.1", port));
    sockets.add(greedy);
    write(greedy, "GET /metrics HTTP/1.1\r\nHost: x\r\n\r\n".repeat(30)); // about 1 MB each, never read

    long start = System.nanoTime();
    HttpResponse<String> scrape = get(port, "/metrics");
    // until the stalled client holds the only slot: each of its pipelined requests takes the slot in
    // turn until the socket buffers are full, and on a busy machine that takes more than a few seconds
    while (scrape.statusCode() != 503 && System.nanoTime() - start < TimeUnit.SECONDS.toNanos(30)) {
      scrape = get(port, "/metrics");
    }
    assertEquals(503, scrape.statusCode(), "the client that does not read holds the slot");
    long stalled = System.nanoTime();
    while (scrape.statusCode() == 503 && System.nanoTime() - stalled < TimeUnit.SECONDS.toNanos(20)) {
      Thread.sleep(100);
      scrape = get(port, "/metrics");
    }
    long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - stalled);
    assertEquals(200, scrape.statusCode(), "served again after " + millis + " ms");
    assertTrue(millis < 12_000, "after the 4s write timeout, well before the test's 20 s: " + millis + " ms");
    assertEquals(1.0, sample(scrape.body(), "promhttp_metric_handler_requests_in_flight"), "the aborted scrape ended");
    assertTrue(closedWithin(greedy, 10_000), "the stalled connection was closed");
  }

  @Test
  void aSlowButReadingClientAndASlowCollectorAreNotCutOff() throws Exception {
    System.setProperty(Timeouts.WRITE_TIMEOUT_PROPERTY, "1s");
    // collecting takes longer than the write timeout; then 16 MB, several times what the socket buffers hold
    int port = start(new BulkyCollector(16_000, 1_500));
    Socket slow = new Socket();
    slow.setReceiveBufferSize(4096);
    slow.connect(new InetSocketAddress("127.0.0.1", port));
    slow.setSoTimeout(10_000);
    sockets.add(slow);
    write(slow, "GET /metrics HTTP/1.1\r\nHost: x\r\n\r\n");
    InputStream throttled = new FilterInputStream(slow.getInputStream()) {
      private long total;

      @Override
      public int read(byte[] bytes, int offset, int count) throws IOException {
        int n = super.read(bytes, offset, count);
        if (n > 0 && (total + n) / (256 * 1024) > total / (256 * 1024)) {
          try {
            Thread.sleep(50); // 5 MB/s: the server's writes progress about every 0.2 s, 3.2 s of pauses in all
          } catch (InterruptedException e) {
            throw new InterruptedIOException();
          }
        }
        total += Math.max(n, 0);
        return n;
      }
    };
    long start = System.nanoTime();
    Response scrape = read(throttled, false);
    long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    assertEquals(200, scrape.status());
    assertTrue(scrape.body().length() > 16_000_000, "the whole response: " + scrape.body().length() + " bytes");
    assertTrue(scrape.body().contains("http_test_bulk{i=\"15999\""), "the last series arrived");
    assertTrue(millis > 3_000, "writing took longer than the write timeout: " + millis + " ms");
  }

  @Test
  void pipelinedRequestsOverTlsWithAClientCertificate() throws Exception {
    for (String name : List.of("ca.crt", "server.crt", "server.key")) {
      Files.writeString(directory.resolve(name), resource(name));
    }
    Path config = directory.resolve("web-config.yml");
    Files.writeString(config, "tls_server_config:\n  cert_file: server.crt\n  key_file: server.key\n"
        + "  client_auth_type: RequireAndVerifyClientCert\n  client_ca_file: ca.crt\n"
        + "  client_allowed_sans: [prometheus]\n");
    int port = start("--web.config.file=" + config);
    SSLSocket socket = (SSLSocket) client("client-prometheus").getSocketFactory().createSocket("127.0.0.1", port);
    socket.setSoTimeout(10_000);
    sockets.add(socket);
    // three requests in one TLS record: the second and third are decrypted before the first is answered
    write(socket, "GET /-/healthy HTTP/1.1\r\nHost: x\r\n\r\n".repeat(3));
    for (int i = 0; i < 3; i++) {
      assertEquals("Healthy", read(socket.getInputStream(), false).body(), "response " + i);
    }
    Thread.sleep(300);
    write(socket, "GET /metrics HTTP/1.1\r\nHost: x\r\n\r\n");
    Response scrape = read(socket.getInputStream(), false);
    assertEquals(200, scrape.status());
    assertTrue(scrape.body().contains("http_test_runs 1.0"), scrape.body());

    // client_allowed_sans is checked in the handshake, as Go does: no request of the intruder is read
    SSLSocket intruder = (SSLSocket) client("client-intruder").getSocketFactory().createSocket("127.0.0.1", port);
    intruder.setSoTimeout(10_000);
    sockets.add(intruder);
    assertThrows(IOException.class, () -> {
      write(intruder, "GET /metrics HTTP/1.1\r\nHost: x\r\n\r\n");
      read(intruder.getInputStream(), false);
    });
    SSLSocket again = (SSLSocket) client("client-prometheus").getSocketFactory().createSocket("127.0.0.1", port);
    again.setSoTimeout(10_000);
    sockets.add(again);
    write(again, "GET /-/healthy HTTP/1.1\r\nHost: x\r\n\r\n");
    assertEquals(200, read(again.getInputStream(), false).status(), "the allowed client is still served");
  }

  @Test
  void aTlsHandshakeTricklingInIsCutOffAtTheHeaderTimeout() throws Exception {
    System.setProperty(Timeouts.HEADER_TIMEOUT_PROPERTY, "1s");
    for (String name : List.of("server.crt", "server.key")) {
      Files.writeString(directory.resolve(name), resource(name));
    }
    Path config = directory.resolve("web-config.yml");
    Files.writeString(config, "tls_server_config:\n  cert_file: server.crt\n  key_file: server.key\n");
    int port = start("--web.config.file=" + config);
    Socket socket = connect(port);
    long start = System.nanoTime();
    try {
      socket.getOutputStream().write(new byte[] {0x16, 0x03, 0x01, 0x00, (byte) 0xff}); // a 255-byte handshake record
      for (int i = 0; i < 20; i++) {
        Thread.sleep(300); // each byte well within the socket timeout
        socket.getOutputStream().write(0x01);
      }
    } catch (IOException e) {
      // reset: the server closed the connection while the client was still sending
    }
    assertTrue(closedWithin(socket, 5_000), "a trickled handshake is cut off");
    long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    assertTrue(millis < 4_000, "at the 1s header timeout, not after the record: " + millis + " ms");
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = HttpServerTest.class.getResourceAsStream("/tls/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
    }
  }

  private static SSLContext client(String certificate) throws Exception {
    KeyStore trusted = KeyStore.getInstance("PKCS12");
    trusted.load(null, null);
    trusted.setCertificateEntry("ca", TestPem.certificates(resource("ca.crt")).get(0));
    TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    trust.init(trusted);
    KeyStore own = KeyStore.getInstance("PKCS12");
    own.load(null, null);
    own.setKeyEntry("client", TestPem.privateKey(resource(certificate + ".key")), new char[0],
        TestPem.certificates(resource(certificate + ".crt")).toArray(new Certificate[0]));
    KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
    keys.init(own, new char[0]);
    SSLContext context = SSLContext.getInstance("TLS");
    context.init(keys.getKeyManagers(), trust.getTrustManagers(), null);
    return context;
  }
}
