package dev.exporterbuilder.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.exporterbuilder.testsupport.ExporterProcess;
import dev.exporterbuilder.testsupport.Http;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** {@link ExporterRuntime#main} in a JVM of its own: output streams, exit codes, signals. */
class MainProcessTest {

  private record Result(int exitCode, String stdout, String stderr) {}

  private static Result run(String... args) throws Exception {
    try (ExporterProcess process = ExporterProcess.start(TestExporterMain.class, args)) {
      int exitCode = process.awaitExit();
      return new Result(exitCode, text(process.stdout()), text(process.stderr()));
    }
  }

  /** The lines as the process wrote them, each ended by a newline. */
  private static String text(List<String> lines) {
    return lines.stream().map(line -> line + "\n").collect(Collectors.joining());
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
  void servesUntilSigtermThenShutsDown() throws Exception {
    try (ExporterProcess process = ExporterProcess.start(TestExporterMain.class, "--web.listen-address=127.0.0.1:0")) {
      HttpResponse<String> response = Http.get(process.awaitListening(), "/metrics");
      assertEquals(200, response.statusCode());
      assertTrue(response.body().contains("process_exporter_temperature_celsius 40.0"), response.body());
      assertTrue(response.body().contains("jvm_"), "JVM metrics are on by default");
      assertTrue(process.isAlive(), "main blocks");

      process.terminate();
      int exitCode = process.awaitExit();
      List<String> lines = process.stderr();
      assertTrue(lines.get(lines.size() - 1).endsWith(" level=info msg=\"Shutting down\""), String.join("\n", lines));
      assertEquals(0, exitCode, "SIGTERM is the normal way to stop an exporter");
    }
  }
}
