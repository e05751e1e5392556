package dev.exporterbuilder.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.exporterbuilder.testsupport.ExporterProcess;
import dev.exporterbuilder.testsupport.Http;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The generated {@code QueueExporterMain} as a process: flags, exit codes, logs and signals. */
class CommandLineTest {

  @Test
  void helpListsEveryFlagWithItsDefault() throws Exception {
    try (ExporterProcess process = ExporterProcess.start(QueueExporterMain.class, "--help")) {
      assertEquals(0, process.awaitExit());
      String help = String.join("\n", process.stdout());
      for (String flag : List.of("--web.listen-address", "--web.telemetry-path", "--log.level", "--log.format",
          "collector.queues", "collector.extras", "--broker", "--collector.queues.orders-depth",
          "--collector.queues.poll-interval", "--collector.queues.tags", "--version")) {
        assertTrue(help.contains(flag), flag + " missing from --help:\n" + help);
      }
      assertTrue(help.contains("Queues of a message broker, for the integration tests."), help);
      assertTrue(help.contains("primary"), "the default of --broker is shown:\n" + help);
      assertTrue(help.contains(":19311"), "the default listen address is shown:\n" + help);
      assertTrue(help.contains("15s"), "durations are shown in Go syntax:\n" + help);
    }
  }

  @Test
  void versionNamesTheExporterAndJava() throws Exception {
    try (ExporterProcess process = ExporterProcess.start(QueueExporterMain.class, "--version")) {
      assertEquals(0, process.awaitExit());
      String version = String.join("\n", process.stdout());
      assertTrue(version.startsWith("queue-it, version "), version);
      assertTrue(version.contains(System.getProperty("java.version")), version);
    }
  }

  @Test
  void badFlagsExitTwoWithOneErrorLine() throws Exception {
    for (String bad : List.of("--no-such-flag", "--collector.queues.orders-depth=many",
        "--collector.queues.poll-interval=5 seconds", "--collector.queues.mode=SLOW", "--web.telemetry-path=",
        "--log.level=loud", "--web.listen-address=nonsense")) {
      try (ExporterProcess process = ExporterProcess.start(QueueExporterMain.class, bad)) {
        assertEquals(2, process.awaitExit(), bad);
        List<String> stderr = process.stderr();
        assertTrue(stderr.get(0).startsWith("queue-it: error: "), bad + " → " + stderr);
        assertTrue(stderr.stream().skip(1).noneMatch(line -> line.startsWith("queue-it: error: ")), bad + " → " + stderr);
        assertTrue(String.join("\n", stderr).contains("usage: queue-it"), bad + " prints the usage: " + stderr);
      }
    }
  }

  @Test
  void anAddressInUseExitsOneNamingIt() throws Exception {
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
         ExporterProcess process = ExporterProcess.start(QueueExporterMain.class,
             "--web.listen-address=127.0.0.1:" + taken.getLocalPort())) {
      assertEquals(1, process.awaitExit());
      String stderr = String.join("\n", process.stderr());
      assertTrue(stderr.contains("127.0.0.1:" + taken.getLocalPort()), stderr);
    }
  }

  @Test
  void sigtermLetsTheScrapeInFlightFinishThenExitsZero() throws Exception {
    try (ExporterProcess process = ExporterProcess.start(QueueExporterMain.class,
        "--web.listen-address=127.0.0.1:0", "--collector.stalled")) {
      InetSocketAddress address = process.awaitListening();
      try (Socket socket = new Socket(address.getAddress(), address.getPort())) {
        socket.setSoTimeout(10_000);
        socket.getOutputStream().write("GET /metrics HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"
            .getBytes(StandardCharsets.US_ASCII));
        socket.getOutputStream().flush();
        Thread.sleep(300); // the scrape is in the stalled collector's 1s timeout now
        long start = System.nanoTime();
        process.terminate();
        String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(response.startsWith("HTTP/1.1 200"), "the scrape in flight is answered: " + response);
        assertTrue(response.contains("queue_it_scrape_collector_success{collector=\"stalled\"} 0.0"), response);
        assertEquals(0, process.awaitExit(), "exit status after SIGTERM");
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        assertTrue(millis < 5_000, "stopped within a few seconds: " + millis + "ms");
      }
      assertTrue(process.stderr().stream().anyMatch(line -> line.contains("msg=\"Shutting down\"")));
    }
  }

  @Test
  void servesUntilSigtermThenStops() throws Exception {
    try (ExporterProcess process = ExporterProcess.start(QueueExporterMain.class,
        "--web.listen-address=127.0.0.1:0")) {
      InetSocketAddress address = process.awaitListening();
      assertEquals(200, Http.get(address, "/metrics").statusCode());
      Thread.sleep(300); // main must keep the process alive, not return
      assertEquals(200, Http.get(address, "/-/healthy").statusCode());

      process.terminate();
      int status = process.awaitExit();
      assertEquals(0, status, "exit status after SIGTERM");
      List<String> stderr = process.stderr();
      assertTrue(stderr.stream().anyMatch(line -> line.contains("msg=\"Starting queue-it\"")), stderr.toString());
      assertTrue(stderr.stream().anyMatch(line -> line.contains("collector=queues")), stderr.toString());
      assertTrue(stderr.stream().noneMatch(line -> line.contains("collector=extras") && line.contains("Enabled")),
          "a disabled collector is not logged as enabled: " + stderr);
      assertTrue(stderr.stream().anyMatch(line -> line.contains("msg=\"Shutting down\"")), "status " + status + ": " + stderr);
    }
  }

  /**
   * Without TCP_NODELAY the server answers each keep-alive request after the client's delayed ACK:
   * measured here 47-63 ms per scrape against 4-6 ms with it. The fastest quarter of 20 scrapes on
   * one connection stays far below the stall.
   */
  @Test
  void keepAliveScrapesDoNotWaitForDelayedAcks() throws Exception {
    try (ExporterProcess process = ExporterProcess.start(QueueExporterMain.class,
        "--web.listen-address=127.0.0.1:0", "--web.disable-exporter-metrics")) {
      InetSocketAddress address = process.awaitListening();
      for (int i = 0; i < 10; i++) {
        Http.get(address, "/metrics"); // warm up the JIT and open the connection
      }
      long[] millis = new long[20];
      for (int i = 0; i < millis.length; i++) {
        long start = System.nanoTime();
        assertEquals(200, Http.get(address, "/metrics").statusCode());
        millis[i] = (System.nanoTime() - start) / 1_000_000;
      }
      Arrays.sort(millis);
      // a stall delays every scrape by 40 ms or more; a busy machine delays some: the fastest quarter tells them apart
      assertTrue(millis[millis.length / 4] < 30, "lower-quartile keep-alive scrape " + millis[millis.length / 4] + " ms: "
          + Arrays.toString(millis));
    }
  }

  @Test
  void aFailingMemberLogsOneWarningWithoutStackTrace() throws Exception {
    try (ExporterProcess process = ExporterProcess.start(QueueExporterMain.class,
        "--web.listen-address=127.0.0.1:0")) {
      InetSocketAddress address = process.awaitListening();
      for (int i = 0; i < 3; i++) {
        assertEquals(200, Http.get(address, "/metrics").statusCode());
      }
      process.terminate();
      process.awaitExit();
      List<String> stderr = process.stderr();
      List<String> broken = stderr.stream().filter(line -> line.contains("failed=broken()")).toList();
      assertEquals(1, broken.size(), "three failing scrapes, one warning: " + stderr);
      assertTrue(broken.get(0).contains("level=warn"), broken.get(0));
      assertTrue(broken.get(0).contains("collector=faults members=1"), broken.get(0));
      assertTrue(broken.get(0).contains("device /dev/ttyUSB0 not responding"), broken.get(0));
      assertTrue(stderr.stream().anyMatch(line -> line.contains("collector=faults") && line.contains("negative()")),
          stderr.toString());
      assertTrue(stderr.stream().anyMatch(line -> line.contains("collector=faults") && line.contains("notANumber()")),
          stderr.toString());
      assertTrue(stderr.stream().noneMatch(line -> line.startsWith("\tat ")), "no stack trace: " + stderr);
    }
  }

  @Test
  void logsAsJsonOnRequest() throws Exception {
    try (ExporterProcess process = ExporterProcess.start(QueueExporterMain.class,
        "--web.listen-address=127.0.0.1:0", "--log.format=json")) {
      for (int i = 0; i < 100 && process.stderr().stream().noneMatch(line -> line.contains("Listening on")); i++) {
        Thread.sleep(100);
      }
      process.terminate();
      process.awaitExit();
      List<String> stderr = process.stderr();
      assertTrue(!stderr.isEmpty() && stderr.stream().allMatch(line -> line.startsWith("{") && line.endsWith("}")),
          stderr.toString());
    }
  }
}
