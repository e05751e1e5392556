package dev.exporterbuilder.testsupport;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A private PostgreSQL cluster from the Debian package {@code postgresql}: made with {@code initdb} in
 * a temporary directory of its own, listening on a free loopback port and a Unix socket in that
 * directory (never the package's cluster or port 5432). TCP connections need a password
 * ({@code scram-sha-256}), so that a data source name holds a real secret; {@link #password()} is
 * random for each cluster.
 *
 * <p>PostgreSQL refuses to run as root: run as root, every PostgreSQL command runs as the user
 * {@code postgres} (with {@code runuser}), which owns the directory. {@link #close()} stops the
 * cluster, thawing it first if it is frozen, and deletes the directory; a shutdown hook does the
 * same if the JVM ends without it. Without the package's binaries the test is skipped (failed on CI).
 */
public final class PostgresServer implements AutoCloseable {

  private static final Path INSTALL_ROOT = Path.of("/usr/lib/postgresql");
  private static final String SYSTEM_USER = "postgres";
  private static final long COMMAND_TIMEOUT_SECONDS = 120;

  private final Path bin;
  private final Path directory;
  private final int port;
  private final String password;
  private final Thread shutdownHook;
  private final List<Long> frozen = new ArrayList<>();

  private PostgresServer(Path bin, Path directory, int port, String password) {
    this.bin = bin;
    this.directory = directory;
    this.port = port;
    this.password = password;
    this.shutdownHook = new Thread(this::destroy, "postgres-cleanup");
  }

  /**
   * Makes a cluster and starts it; skips the test when PostgreSQL is not installed (fails it on CI),
   * and fails it, with the server's log, if the cluster cannot be made or started.
   */
  public static PostgresServer start() throws IOException, InterruptedException {
    Path bin = binaries();
    Path directory = Files.createTempDirectory("exporter-builder-pg");
    String password = "pw-" + HexFormat.of().formatHex(new SecureRandom().generateSeed(12));
    PostgresServer server = new PostgresServer(bin, directory, PrometheusServer.freePort(), password);
    Runtime.getRuntime().addShutdownHook(server.shutdownHook);
    try {
      server.initialise();
      server.startCluster();
      return server;
    } catch (Throwable e) {
      server.close();
      throw e;
    }
  }

  /** The {@code bin} directory of the newest PostgreSQL installed, such as {@code /usr/lib/postgresql/15/bin}. */
  private static Path binaries() throws IOException {
    Optional<Path> newest = Optional.empty();
    if (Files.isDirectory(INSTALL_ROOT)) {
      try (Stream<Path> versions = Files.list(INSTALL_ROOT)) {
        newest = versions.filter(version -> version.getFileName().toString().matches("\\d+"))
            .filter(version -> Files.isExecutable(version.resolve("bin/initdb")))
            .max(Comparator.comparingInt(version -> Integer.parseInt(version.getFileName().toString())))
            .map(version -> version.resolve("bin"));
      }
    }
    if (newest.isEmpty()) {
      PrometheusTools.missing("PostgreSQL not found in " + INSTALL_ROOT + "/<version>/bin", "postgresql");
    }
    return newest.get();
  }

  private static boolean isRoot() {
    return "root".equals(System.getProperty("user.name"));
  }

  private void initialise() throws IOException, InterruptedException {
    Path passwordFile = directory.resolve("password");
    Files.writeString(passwordFile, password + "\n", StandardCharsets.UTF_8);
    if (isRoot()) {
      run(List.of("chown", "-R", SYSTEM_USER, directory.toString()));
    }
    runAsPostgres("initdb", List.of("-D", data().toString(), "-U", "postgres", "--auth-local=trust",
        "--auth-host=scram-sha-256", "--pwfile=" + passwordFile, "--no-sync"));
    Files.delete(passwordFile);
  }

  private void startCluster() throws IOException, InterruptedException {
    runAsPostgres("pg_ctl", List.of("-D", data().toString(), "-l", log().toString(), "-w", "-t", "60", "-o",
        "-p " + port + " -k " + directory + " -c listen_addresses=127.0.0.1 -c fsync=off", "start"));
  }

  /** Starts the cluster again after {@link #stop()}, on the same port, with the same data. */
  public void restart() throws IOException, InterruptedException {
    startCluster();
  }

  /** Stops the cluster (fast shutdown: open connections are closed); {@link #restart()} starts it again. */
  public void stop() throws IOException, InterruptedException {
    runAsPostgres("pg_ctl", List.of("-D", data().toString(), "-m", "fast", "-w", "-t", "60", "stop"));
  }

  /**
   * Sends SIGSTOP to every process of the cluster, the postmaster and all its children: it accepts
   * TCP connections (the kernel does) but answers nothing, as a hung server or a dead network path
   * looks to a client. {@link #thaw()} undoes it.
   */
  public void freeze() throws IOException, InterruptedException {
    long postmaster = postmasterPid();
    List<Long> processes = new ArrayList<>();
    processes.add(postmaster);
    ProcessHandle.of(postmaster).ifPresent(handle -> handle.descendants().forEach(child -> processes.add(child.pid())));
    signal("STOP", processes);
    frozen.addAll(processes);
  }

  /** Sends SIGCONT to every process {@link #freeze()} stopped. */
  public void thaw() throws IOException, InterruptedException {
    if (!frozen.isEmpty()) {
      signal("CONT", frozen);
      frozen.clear();
    }
  }

  private void signal(String signal, List<Long> processes) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("kill", "-" + signal));
    processes.forEach(pid -> command.add(Long.toString(pid)));
    run(command);
  }

  private long postmasterPid() throws IOException {
    List<String> lines = Files.readAllLines(data().resolve("postmaster.pid"));
    return Long.parseLong(lines.get(0).strip());
  }

  /** The TCP port, on 127.0.0.1. */
  public int port() {
    return port;
  }

  /** The password of the superuser {@code postgres} over TCP. */
  public String password() {
    return password;
  }

  /** postgres_exporter's {@code DATA_SOURCE_NAME} for the superuser and the database {@code postgres}, password included. */
  public String dataSourceName() {
    return "postgresql://postgres:" + password + "@127.0.0.1:" + port + "/postgres?sslmode=disable";
  }

  /** What the server has logged so far, for failure messages. */
  public String log() throws IOException {
    return Processes.read(logFile());
  }

  private Path data() {
    return directory.resolve("data");
  }

  private Path logFile() {
    return directory.resolve("postgresql.log");
  }

  private void runAsPostgres(String program, List<String> args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    if (isRoot()) {
      command.addAll(List.of("runuser", "-u", SYSTEM_USER, "--"));
    }
    command.add(bin.resolve(program).toString());
    command.addAll(args);
    run(command);
  }

  private void run(List<String> command) throws IOException, InterruptedException {
    Process process = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true).start();
    process.getOutputStream().close();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!process.waitFor(COMMAND_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      fail(String.join(" ", command) + " still running after " + COMMAND_TIMEOUT_SECONDS + " s:\n" + output);
    }
    if (process.exitValue() != 0) {
      fail(String.join(" ", command) + " exited with " + process.exitValue() + ":\n" + output + "\nserver log:\n"
          + log());
    }
  }

  /** Stops the cluster at once, thawed first, and deletes its directory; never throws. */
  @Override
  public void close() {
    destroy();
    try {
      Runtime.getRuntime().removeShutdownHook(shutdownHook);
    } catch (IllegalStateException shuttingDown) {
      // the hook is running or has run
    }
  }

  private synchronized void destroy() {
    try {
      thaw();
      if (Files.exists(data().resolve("postmaster.pid"))) {
        runAsPostgres("pg_ctl", List.of("-D", data().toString(), "-m", "immediate", "-w", "stop"));
      }
    } catch (Throwable e) {
      // best effort: the directory goes either way
    }
    try (Stream<Path> paths = Files.walk(directory)) {
      paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException | RuntimeException e) {
      // already gone, or not ours to delete
    }
  }
}
