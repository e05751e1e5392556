package dev.exporterbuilder.testsupport;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * node_exporter, the binary {@code /usr/bin/prometheus-node-exporter} of the Debian package
 * {@code prometheus-node-exporter}, started for one test on a free loopback port (never the
 * package's 9100) with the flags the test gives; its log goes to a file in a directory the test
 * owns. Always used in try-with-resources, so that it is stopped whatever the test does.
 */
public final class NodeExporterServer implements AutoCloseable {

  /** How long {@link #start} waits for {@code /metrics}: generous, since the build machines are shared. */
  public static final Duration READY_TIMEOUT = Duration.ofSeconds(60);
  private static final Duration POLL_INTERVAL = Duration.ofMillis(100);
  private static final String BINARY = "prometheus-node-exporter";

  private final Process process;
  private final InetSocketAddress address;
  private final Path log;

  private NodeExporterServer(Process process, InetSocketAddress address, Path log) {
    this.process = process;
    this.address = address;
    this.log = log;
  }

  /**
   * Starts node_exporter with {@code args} (after {@code --web.listen-address}) and waits until it
   * answers {@code /metrics}; skips the test when the binary is missing (fails it on CI), and fails
   * it, with the log, if node_exporter does not answer within {@link #READY_TIMEOUT}.
   */
  public static NodeExporterServer start(Path work, String... args) throws IOException, InterruptedException {
    Path binary = PrometheusTools.require(BINARY, BINARY);
    InetSocketAddress address = new InetSocketAddress(InetAddress.getByName("127.0.0.1"),
        PrometheusServer.freePort());
    List<String> command = new ArrayList<>(List.of(binary.toString(),
        "--web.listen-address=127.0.0.1:" + address.getPort()));
    command.addAll(List.of(args));
    Path log = work.resolve("node_exporter.log");
    Process process = new ProcessBuilder(command)
        .directory(work.toFile())
        .redirectErrorStream(true)
        .redirectOutput(log.toFile())
        .start();
    NodeExporterServer server = new NodeExporterServer(process, address, log);
    try {
      server.awaitReady();
      return server;
    } catch (Throwable e) {
      server.close();
      throw e;
    }
  }

  private void awaitReady() throws IOException, InterruptedException {
    Processes.awaitAnswering(process, address, "/metrics", READY_TIMEOUT, POLL_INTERVAL, "node_exporter", log);
  }


  /** Where node_exporter listens. */
  public InetSocketAddress address() {
    return address;
  }

  /** What node_exporter has logged so far, for failure messages. */
  public String log() throws IOException {
    return Processes.read(log);
  }

  /** Stops node_exporter: SIGTERM, then SIGKILL if it has not exited within 10 s. */
  @Override
  public void close() {
    Processes.stop(process, 10);
  }
}
