package dev.exporterbuilder.testsupport;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A real Prometheus server, the {@code prometheus} binary of {@link PrometheusTools}, started for one
 * test on a loopback port; its configuration, data and log all live in a directory the test owns.
 * Always used in try-with-resources, so that the server is stopped whatever the test does.
 */
public final class PrometheusServer implements AutoCloseable {

  /** How long {@link #start} waits for {@code /-/ready}: generous, since the build machines are shared. */
  public static final Duration READY_TIMEOUT = Duration.ofSeconds(60);
  private static final Duration POLL_INTERVAL = Duration.ofMillis(250);
  /** The value of the first sample of an instant-vector query result: {@code "value":[<time>,"<value>"]}. */
  private static final Pattern FIRST_VALUE = Pattern.compile("\"value\":\\[[0-9.]+,\"([^\"]+)\"\\]");

  private final Process process;
  private final InetSocketAddress address;
  private final Path log;

  private PrometheusServer(Process process, InetSocketAddress address, Path log) {
    this.process = process;
    this.address = address;
    this.log = log;
  }

  /**
   * Writes {@code config} to {@code work/prometheus.yml}, starts Prometheus with it (working
   * directory, TSDB and log under {@code work}) and waits until it answers {@code /-/ready}; fails,
   * with its log, if it does not within {@link #READY_TIMEOUT}.
   */
  public static PrometheusServer start(Path work, String config) throws IOException, InterruptedException {
    Path binary = PrometheusTools.require("prometheus");
    Path configFile = Files.writeString(work.resolve("prometheus.yml"), config);
    InetSocketAddress address = new InetSocketAddress(InetAddress.getByName("127.0.0.1"), freePort());
    Path log = work.resolve("prometheus.log");
    Process process = new ProcessBuilder(
            binary.toString(),
            "--config.file=" + configFile,
            "--storage.tsdb.path=" + work.resolve("data"),
            "--web.listen-address=127.0.0.1:" + address.getPort())
        .directory(work.toFile())
        .redirectErrorStream(true)
        .redirectOutput(log.toFile())
        .start();
    PrometheusServer server = new PrometheusServer(process, address, log);
    try {
      server.awaitReady();
      return server;
    } catch (Throwable e) {
      server.close();
      throw e;
    }
  }

  /**
   * A loopback port that was free a moment ago: Prometheus (and node_exporter, {@link NodeExporterServer})
   * log no port they bound, so they cannot be given port 0.
   */
  static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
      return socket.getLocalPort();
    }
  }

  private void awaitReady() throws IOException, InterruptedException {
    Processes.awaitAnswering(process, address, "/-/ready", READY_TIMEOUT, POLL_INTERVAL, "Prometheus", log);
  }


  /** The value of the first sample of the instant query {@code promql}; empty when the result is empty. */
  public Optional<String> query(String promql) throws IOException, InterruptedException {
    String pathAndQuery = "/api/v1/query?query=" + URLEncoder.encode(promql, StandardCharsets.UTF_8);
    HttpResponse<String> response = Http.get(address, pathAndQuery);
    if (response.statusCode() != 200) {
      throw new IOException("GET " + pathAndQuery + ": " + response.statusCode() + " " + response.body());
    }
    Matcher value = FIRST_VALUE.matcher(response.body());
    return value.find() ? Optional.of(value.group(1)) : Optional.empty();
  }

  /**
   * Polls {@code promql} until its first value is {@code expected} and returns it; fails, with the
   * last value and the log, if it is not within {@code timeout}.
   */
  public String awaitValue(String promql, String expected, Duration timeout) throws IOException, InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    Optional<String> last = Optional.empty();
    while (System.nanoTime() < deadline) {
      last = query(promql);
      if (last.filter(expected::equals).isPresent()) {
        return last.get();
      }
      Thread.sleep(POLL_INTERVAL.toMillis());
    }
    return fail(promql + " was " + last.orElse("absent") + ", not " + expected + ", after " + timeout
        + "; Prometheus log:\n" + log());
  }

  /** The alerts Prometheus has now, pending and firing: the body of {@code /api/v1/alerts}. */
  public String alerts() throws IOException, InterruptedException {
    HttpResponse<String> response = Http.get(address, "/api/v1/alerts");
    if (response.statusCode() != 200) {
      throw new IOException("GET /api/v1/alerts: " + response.statusCode() + " " + response.body());
    }
    return response.body();
  }

  /** What Prometheus has logged so far, for failure messages. */
  public String log() throws IOException {
    return Processes.read(log);
  }

  /** Stops Prometheus: SIGTERM, then SIGKILL if it has not exited within 10 s. */
  @Override
  public void close() {
    Processes.stop(process, 10);
  }
}
