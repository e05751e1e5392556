package dev.exporterbuilder.testsupport;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * postgres_exporter, the binary {@code /usr/bin/prometheus-postgres-exporter} of the Debian package
 * {@code prometheus-postgres-exporter}, started for one test on a free loopback port (never the
 * package's 9187) against the data source name the test gives, passed as postgres_exporter reads
 * it, in {@code DATA_SOURCE_NAME}; its log goes to a file in a directory the test owns. Always used in
 * try-with-resources, so that it is stopped whatever the test does.
 */
public final class PostgresExporterServer implements AutoCloseable {

  /** How long {@link #start} waits for {@code /metrics}: generous, since the build machines are shared. */
  public static final Duration READY_TIMEOUT = Duration.ofSeconds(60);
  private static final Duration POLL_INTERVAL = Duration.ofMillis(100);
  private static final String BINARY = "prometheus-postgres-exporter";

  private final Process process;
  private final InetSocketAddress address;
  private final Path log;

  private PostgresExporterServer(Process process, InetSocketAddress address, Path log) {
    this.process = process;
    this.address = address;
    this.log = log;
  }

  /**
   * Starts postgres_exporter for {@code dataSourceName} with {@code args} (after
   * {@code --web.listen-address}) and waits until it answers {@code /metrics}; skips the test when
   * the binary is missing (fails it on CI), and fails it, with the log, if it does not answer within
   * {@link #READY_TIMEOUT}.
   */
  public static PostgresExporterServer start(Path work, String dataSourceName, String... args)
      throws IOException, InterruptedException {
    Path binary = PrometheusTools.require(BINARY, BINARY);
    InetSocketAddress address = new InetSocketAddress(InetAddress.getByName("127.0.0.1"),
        PrometheusServer.freePort());
    List<String> command = new ArrayList<>(List.of(binary.toString(),
        "--web.listen-address=127.0.0.1:" + address.getPort()));
    command.addAll(List.of(args));
    Path log = work.resolve("postgres_exporter.log");
    ProcessBuilder builder = new ProcessBuilder(command)
        .directory(work.toFile())
        .redirectErrorStream(true)
        .redirectOutput(log.toFile());
    builder.environment().put("DATA_SOURCE_NAME", dataSourceName);
    PostgresExporterServer server = new PostgresExporterServer(builder.start(), address, log);
    try {
      Processes.awaitAnswering(server.process, address, "/metrics", READY_TIMEOUT, POLL_INTERVAL, "postgres_exporter",
          log);
      return server;
    } catch (Throwable e) {
      server.close();
      throw e;
    }
  }

  /** Where postgres_exporter listens. */
  public InetSocketAddress address() {
    return address;
  }

  /** What postgres_exporter has logged so far, for failure messages. */
  public String log() throws IOException {
    return Processes.read(log);
  }

  /** Stops postgres_exporter: SIGTERM, then SIGKILL if it has not exited within 10 s. */
  @Override
  public void close() {
    Processes.stop(process, 10);
  }
}
