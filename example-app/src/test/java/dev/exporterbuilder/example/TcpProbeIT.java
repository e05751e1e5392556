package dev.exporterbuilder.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.exporterbuilder.testsupport.ExporterProcess;
import dev.exporterbuilder.testsupport.Http;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The example's TCP probe, the generated {@code HostExporterMain} run as a process, probing loopback ports. */
class TcpProbeIT {

  /** The example's own modules file, as docs/probes.md shows it. */
  static final Path MODULES = Path.of("probes.yml");

  static ExporterProcess startWithModules(String... args) throws Exception {
    String[] all = new String[args.length + 1];
    all[0] = "--config.file=" + MODULES.toAbsolutePath();
    System.arraycopy(args, 0, all, 1, args.length);
    return Fixtures.startExporter(all);
  }

  @Test
  void anOpenPortIsSuccessAndAClosedOneIsNot() throws Exception {
    try (ServerSocket open = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        ExporterProcess exporter = startWithModules()) {
      InetSocketAddress address = exporter.awaitListening();
      HttpResponse<String> up = Http.get(address, "/probe?module=tcp_connect&target=127.0.0.1:" + open.getLocalPort());
      assertEquals(200, up.statusCode(), up.body());
      Map<String, Double> samples = Http.samples(up.body());
      assertEquals(1.0, samples.get("probe_success"), up.body());
      assertEquals(4.0, samples.get("probe_ip_protocol"), up.body());
      assertTrue(samples.get("probe_tcp_connect_duration_seconds") >= 0, up.body());
      assertTrue(samples.get("probe_dns_lookup_time_seconds") >= 0, up.body());
      assertTrue(samples.get("probe_duration_seconds") > 0, up.body());
      assertFalse(up.body().contains("host_") || up.body().contains("jvm_"), up.body());

      int closedPort = closedPort();
      HttpResponse<String> down = Http.get(address, "/probe?module=tcp_connect&target=127.0.0.1:" + closedPort);
      assertEquals(200, down.statusCode(), down.body());
      assertEquals(0.0, Http.samples(down.body()).get("probe_success"), down.body());
      assertFalse(down.body().contains("probe_tcp_connect_duration_seconds"), down.body());
      // the only module is the default
      assertEquals(1.0, Http.samples(Http.get(address, "/probe?target=127.0.0.1:" + open.getLocalPort()).body())
          .get("probe_success"));
    }
  }

  @Test
  void badTargetsAndModulesAre400() throws Exception {
    try (ExporterProcess exporter = startWithModules()) {
      InetSocketAddress address = exporter.awaitListening();
      for (String query : new String[] {"", "target=", "target=127.0.0.1", "target=127.0.0.1:99999",
          "target=host%0Aname:80", "target=127.0.0.1:80&module=http_2xx"}) {
        HttpResponse<String> response = Http.get(address, "/probe?" + query);
        assertEquals(400, response.statusCode(), query + ": " + response.body());
        assertEquals(1, response.body().lines().count(), response.body());
      }
    }
  }

  @Test
  void theScrapeTimeoutHeaderBoundsAProbe() throws Exception {
    // a listener that never accepts, its backlog filled: the kernel drops further SYNs, so a connect
    // to it hangs until the probe's bound (2 s less 0.5 s) interrupts it
    List<Socket> queued = new ArrayList<>();
    try (ServerSocket full = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        ExporterProcess exporter = startWithModules()) {
      for (int i = 0; i < 8; i++) {
        Socket socket = new Socket();
        queued.add(socket);
        try {
          socket.connect(full.getLocalSocketAddress(), 200);
        } catch (IOException e) {
          break; // the backlog is full
        }
      }
      InetSocketAddress address = exporter.awaitListening();
      long start = System.nanoTime();
      HttpResponse<String> response = Http.get(address, "/probe?target=127.0.0.1:" + full.getLocalPort(),
          "X-Prometheus-Scrape-Timeout-Seconds", "2");
      double seconds = (System.nanoTime() - start) / 1e9;
      assertEquals(200, response.statusCode());
      Map<String, Double> samples = Http.samples(response.body());
      assertEquals(0.0, samples.get("probe_success"), response.body());
      assertFalse(response.body().contains("probe_tcp_connect_duration_seconds"), response.body());
      double duration = samples.get("probe_duration_seconds");
      assertTrue(duration >= 1.4 && duration < 4, response.body());
      assertTrue(seconds < 9, "answered after " + seconds + " s");
    } finally {
      for (Socket socket : queued) {
        socket.close();
      }
    }
  }

  @Test
  void landingPageAndHelpShowTheProbe() throws Exception {
    try (ExporterProcess exporter = startWithModules()) {
      String page = Http.get(exporter.awaitListening(), "/").body();
      assertTrue(page.contains("<tr><td>tcp</td><td>InetSocketAddress</td>"), page);
    }
    try (ExporterProcess help = Fixtures.startExporter("--help")) {
      help.awaitExit();
      assertTrue(String.join("\n", help.stdout()).contains("--config.file=FILE"), help.describe());
    }
  }

  /** A loopback port nothing listens on: one just closed. */
  private static int closedPort() throws Exception {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }
}
