package dev.exporterbuilder.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The example exporter running as a child JVM, as an operator runs it: the generated
 * {@code HostExporterMain} on the test class path, or the shaded jar. Always used in
 * try-with-resources so the process is destroyed whatever the test does.
 */
final class ExporterProcess implements AutoCloseable {

  static final String MAIN_CLASS = "dev.exporterbuilder.example.HostExporterMain";
  static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(20);
  static final Duration EXIT_TIMEOUT = Duration.ofSeconds(20);
  static final Duration HTTP_TIMEOUT = Duration.ofSeconds(5);

  private static final Pattern LISTENING = Pattern.compile("msg=\"Listening on\" address=127\\.0\\.0\\.1:(\\d+)");
  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(HTTP_TIMEOUT).build();

  private final List<String> command;
  private final Process process;
  private final OutputLines stdout;
  private final OutputLines stderr;

  private ExporterProcess(List<String> command) throws IOException {
    this.command = command;
    this.process = new ProcessBuilder(command).start();
    this.process.getOutputStream().close();
    this.stdout = OutputLines.of(process.getInputStream(), "exporter stdout");
    this.stderr = OutputLines.of(process.getErrorStream(), "exporter stderr");
  }

  /** Starts {@code HostExporterMain} from this test's class path with {@code args}. */
  static ExporterProcess startMain(String... args) throws IOException {
    List<String> command = new ArrayList<>(List.of(java(), "-cp", System.getProperty("java.class.path"), MAIN_CLASS));
    command.addAll(Arrays.asList(args));
    return new ExporterProcess(command);
  }

  /** Starts {@code java -jar jar} with {@code args}. */
  static ExporterProcess startJar(Path jar, String... args) throws IOException {
    List<String> command = new ArrayList<>(List.of(java(), "-jar", jar.toString()));
    command.addAll(Arrays.asList(args));
    return new ExporterProcess(command);
  }

  /** Starts {@code HostExporterMain} on a free loopback port over the fixture trees, plus {@code args}. */
  static ExporterProcess startOnFixtures(String... args) throws IOException {
    return startMain(fixtureArgs(args));
  }

  static String[] fixtureArgs(String... args) {
    List<String> all = new ArrayList<>(List.of(
        "--web.listen-address=127.0.0.1:0",
        "--path.procfs=" + Fixtures.PROCFS,
        "--path.sysfs=" + Fixtures.SYSFS));
    all.addAll(Arrays.asList(args));
    return all.toArray(String[]::new);
  }

  private static String java() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  /** Waits for the {@code msg="Listening on" address=127.0.0.1:<port>} log line; returns the port. */
  int awaitListening() throws InterruptedException {
    Matcher listening = stderr.awaitMatch(LISTENING, STARTUP_TIMEOUT).orElse(null);
    if (listening == null) {
      fail("no 'msg=\"Listening on\" address=127.0.0.1:<port>' line within " + STARTUP_TIMEOUT
          + (process.isAlive() ? "" : "; exited with " + process.exitValue()) + describe());
    }
    return Integer.parseInt(listening.group(1));
  }

  /** The exit code, waiting at most {@link #EXIT_TIMEOUT}; fails if the process is still running then. */
  int awaitExit() throws InterruptedException {
    if (!process.waitFor(EXIT_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
      fail("still running after " + EXIT_TIMEOUT + describe());
    }
    return process.exitValue();
  }

  /** The lines written to stdout; complete once the process has exited. */
  List<String> stdout() {
    return process.isAlive() ? stdout.snapshot() : stdout.awaitAll(HTTP_TIMEOUT);
  }

  /** The lines written to stderr; complete once the process has exited. */
  List<String> stderr() {
    return process.isAlive() ? stderr.snapshot() : stderr.awaitAll(HTTP_TIMEOUT);
  }

  /** {@code GET /metrics} on {@code port} in the Prometheus text format; fails unless 200. */
  static String scrape(int port) throws IOException, InterruptedException {
    HttpResponse<String> response = get(port, "/metrics", "text/plain; version=0.0.4");
    assertEquals(200, response.statusCode(), "GET /metrics: " + response.body());
    return response.body();
  }

  static HttpResponse<String> get(int port, String path, String accept) throws IOException, InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
        .timeout(HTTP_TIMEOUT)
        .header("Accept", accept)
        .build();
    return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
  }

  /** The command and what the process wrote, for failure messages. */
  String describe() {
    return "\ncommand: " + String.join(" ", command)
        + "\nstdout:\n" + stdout + "\nstderr:\n" + stderr;
  }

  /** Stops the process: SIGTERM, then SIGKILL if it has not exited within 5 s. */
  @Override
  public void close() {
    process.destroy();
    try {
      if (!process.waitFor(5, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }
}
