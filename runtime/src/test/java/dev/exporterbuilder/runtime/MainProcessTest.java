package dev.exporterbuilder.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link ExporterRuntime#main} in a JVM of its own: output streams, exit codes, signals. */
class MainProcessTest {

  private record Result(int exitCode, String stdout, String stderr) {}

  private static ProcessBuilder java(String... args) {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"),
        TestExporterMain.class.getName()));
    command.addAll(List.of(args));
    return new ProcessBuilder(command);
  }

  private static Result run(String... args) throws Exception {
    Process process = java(args).start();
    process.getOutputStream().close();
    var stdout = process.getInputStream().readAllBytes();
    var stderr = process.getErrorStream().readAllBytes();
    assertTrue(process.waitFor(60, TimeUnit.SECONDS));
    return new Result(process.exitValue(), new String(stdout, StandardCharsets.UTF_8), new String(stderr, StandardCharsets.UTF_8));
  }

  @Test
  void versionGoesToStdoutAndExits0() throws Exception {
    Result result = run("--version");
    assertEquals(0, result.exitCode(), result.stderr());
    String[] lines = result.stdout().split("\n");
    assertEquals("process-exporter, version unknown (revision: unknown)", lines[0]);
    assertTrue(lines[1].startsWith("  java: " + System.getProperty("java.version") + " ("), lines[1]);
    assertTrue(lines[2].startsWith("  platform: "), lines[2]);
    assertEquals("", result.stderr());
  }

  @Test
  void helpGoesToStdoutAndExits0() throws Exception {
    for (String flag : List.of("-h", "--help")) {
      Result result = run(flag);
      assertEquals(0, result.exitCode(), result.stderr());
      assertTrue(result.stdout().startsWith("usage: process-exporter [<flags>]\n\nAn exporter in its own process.\n"), result.stdout());
      assertTrue(result.stdout().contains("--[no-]collector.thermal"), result.stdout());
      assertEquals("", result.stderr());
    }
  }

  @Test
  void aBadFlagPrintsOneErrorLineAndTheUsageToStderrAndExits2() throws Exception {
    Result result = run("--web.max-requests=many");
    assertEquals(2, result.exitCode());
    assertEquals("", result.stdout());
    List<String> lines = result.stderr().lines().toList();
    assertEquals("process-exporter: error: Invalid value for option '--web.max-requests': 'many' is not an int", lines.get(0));
    assertEquals("usage: process-exporter [<flags>]", lines.get(1));
  }

  @Test
  void anAddressInUseLogsAndExits1() throws Exception {
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
      String address = "127.0.0.1:" + taken.getLocalPort();
      Result result = run("--web.listen-address=" + address, "--web.disable-exporter-metrics");
      assertEquals(1, result.exitCode(), result.stderr());
      assertTrue(result.stderr().lines().anyMatch(line -> line.matches(
          "time=\\S+ level=error msg=\"Cannot listen\" address=" + Pattern.quote(address) + " err=\".+\"")), result.stderr());
    }
  }

  @Test
  void servesUntilSigtermThenShutsDown(@TempDir Path dir) throws Exception {
    Path stderr = dir.resolve("stderr.log");
    Process process = java("--web.listen-address=127.0.0.1:0").redirectError(stderr.toFile()).start();
    try {
      Pattern listening = Pattern.compile("msg=\"Listening on\" address=127\\.0\\.0\\.1:(\\d+)\n");
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
      Matcher matcher = listening.matcher("");
      while (!matcher.find() && System.nanoTime() < deadline && process.isAlive()) {
        Thread.sleep(20);
        matcher = listening.matcher(Files.readString(stderr));
      }
      assertTrue(matcher.find(0), Files.readString(stderr));
      int port = Integer.parseInt(matcher.group(1));
      HttpResponse<String> response = HttpClient.newHttpClient().send(
          HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/metrics")).build(), HttpResponse.BodyHandlers.ofString());
      assertEquals(200, response.statusCode());
      assertTrue(response.body().contains("process_exporter_temperature_celsius 40.0"), response.body());
      assertTrue(response.body().contains("jvm_"), "JVM metrics are on by default");
      assertTrue(process.isAlive(), "main blocks");

      process.destroy(); // SIGTERM
      assertTrue(process.waitFor(30, TimeUnit.SECONDS));
      List<String> lines = Files.readAllLines(stderr);
      assertTrue(lines.get(lines.size() - 1).endsWith(" level=info msg=\"Shutting down\""), String.join("\n", lines));
      assertEquals(0, process.exitValue(), "SIGTERM is the normal way to stop an exporter");
    } finally {
      process.destroyForcibly();
    }
  }
}
