package dev.exporterbuilder.testsupport;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An exporter running as a child JVM, as an operator runs it: a Main class from the test's class
 * path, a module on a module path, or an executable jar. Its stdout and stderr are read line by line on threads of their own,
 * so that the child never blocks on a full pipe (and no blocking read sits in the common pool, which
 * starves JDK 25's HttpClient on small machines). Always used in try-with-resources, so that the
 * process is stopped whatever the test does.
 */
public final class ExporterProcess implements AutoCloseable {

  /** How long {@link #awaitListening()} waits for the log line: generous, since the build machines are shared. */
  public static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(60);
  /** How long {@link #awaitExit()} waits for the process to end. */
  public static final Duration EXIT_TIMEOUT = Duration.ofSeconds(30);
  /** How long the output of an ended process may take to be read to its end. */
  private static final Duration DRAIN_TIMEOUT = Duration.ofSeconds(5);

  /** The runtime's logfmt line for each listener: {@code msg="Listening on" address=<host>:<port>}. */
  private static final Pattern LISTENING = Pattern.compile("msg=\"Listening on\" address=(\\S+):(\\d+)");

  private final List<String> command;
  private final Process process;
  private final OutputLines stdout;
  private final OutputLines stderr;

  private ExporterProcess(List<String> command) throws IOException {
    this(command, Map.of());
  }

  /** @param environment variables added to this JVM's for the process */
  private ExporterProcess(List<String> command, Map<String, String> environment) throws IOException {
    this(command, environment, true);
  }

  /**
   * @param environment variables added to this JVM's for the process, or the process's only variables
   *     when {@code inherit} is false
   */
  private ExporterProcess(List<String> command, Map<String, String> environment, boolean inherit) throws IOException {
    this.command = List.copyOf(command);
    ProcessBuilder builder = new ProcessBuilder(command);
    if (!inherit) {
      builder.environment().clear();
    }
    builder.environment().putAll(environment);
    this.process = builder.start();
    this.process.getOutputStream().close();
    this.stdout = OutputLines.of(process.getInputStream(), "exporter stdout");
    this.stderr = OutputLines.of(process.getErrorStream(), "exporter stderr");
  }

  /** Starts {@code mainClass} from this test's class path with {@code args}. */
  public static ExporterProcess start(Class<?> mainClass, String... args) throws IOException {
    return start(List.of(), mainClass, args);
  }

  /** Starts {@code mainClass} in a JVM with {@code jvmOptions}, from this test's class path, with {@code args}. */
  public static ExporterProcess start(List<String> jvmOptions, Class<?> mainClass, String... args) throws IOException {
    return new ExporterProcess(command(jvmOptions, mainClass, args));
  }

  /**
   * Starts {@code mainClass} from this test's class path with {@code args}, with {@code environment}
   * added to this JVM's environment variables.
   */
  public static ExporterProcess start(Map<String, String> environment, Class<?> mainClass, String... args)
      throws IOException {
    return new ExporterProcess(command(List.of(), mainClass, args), environment);
  }

  private static List<String> command(List<String> jvmOptions, Class<?> mainClass, String... args) {
    List<String> command = new ArrayList<>();
    command.add(java());
    command.addAll(jvmOptions);
    command.addAll(List.of("-cp", System.getProperty("java.class.path"), mainClass.getName()));
    command.addAll(List.of(args));
    return command;
  }

  /**
   * Starts {@code mainClass} with {@code modulePath} as the module path and {@code classPath} as the
   * class path (either may be empty). {@code mainClass} is either {@code <module>/<class>}, run as
   * {@code java -m}, or a class on the class path, run with {@code rootModules} added to the boot
   * layer (the class path reads no module of the module path otherwise).
   */
  public static ExporterProcess startModule(List<Path> modulePath, List<Path> classPath, List<String> rootModules,
      String mainClass, String... args) throws IOException {
    List<String> command = new ArrayList<>(List.of(java()));
    if (!modulePath.isEmpty()) {
      command.addAll(List.of("--module-path", join(modulePath)));
    }
    if (!rootModules.isEmpty()) {
      command.addAll(List.of("--add-modules", String.join(",", rootModules)));
    }
    if (!classPath.isEmpty()) {
      command.addAll(List.of("-cp", join(classPath)));
    }
    if (mainClass.contains("/")) {
      command.add("-m");
    }
    command.add(mainClass);
    command.addAll(List.of(args));
    return new ExporterProcess(command);
  }

  private static String join(List<Path> paths) {
    return String.join(File.pathSeparator, paths.stream().map(Path::toString).toList());
  }

  /** Starts {@code java -jar jar} with {@code args}. */
  public static ExporterProcess startJar(Path jar, String... args) throws IOException {
    return startJar(jar, Map.of(), args);
  }

  /** Starts {@code java -jar jar} with {@code args}, and {@code environment} added to this JVM's environment. */
  public static ExporterProcess startJar(Path jar, Map<String, String> environment, String... args)
      throws IOException {
    List<String> command = new ArrayList<>(List.of(java(), "-jar", jar.toString()));
    command.addAll(List.of(args));
    return new ExporterProcess(command, environment);
  }

  /**
   * Starts {@code program} (a launcher script, say) with {@code args} and no environment variables but
   * {@code environment}: nothing of this JVM's, no PATH nor JAVA_HOME unless given, as on a clean machine.
   */
  public static ExporterProcess startProgram(Path program, Map<String, String> environment, String... args)
      throws IOException {
    List<String> command = new ArrayList<>(List.of(program.toString()));
    command.addAll(List.of(args));
    return new ExporterProcess(command, environment, false);
  }

  /** The java launcher of the JVM running the tests, so that the exporter runs on the same JDK. */
  private static String java() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  /**
   * Waits for the first {@code msg="Listening on" address=<host>:<port>} line on stderr and returns
   * that address; fails if none is written within {@link #STARTUP_TIMEOUT} or the process ends first.
   */
  public InetSocketAddress awaitListening() throws IOException, InterruptedException {
    Matcher listening = stderr.awaitMatch(LISTENING, STARTUP_TIMEOUT).orElse(null);
    if (listening == null) {
      // stderr also ends when the process exits: give the exit status a moment to be known
      boolean exited = process.waitFor(DRAIN_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
      fail("no 'msg=\"Listening on\" address=<host>:<port>' line within " + STARTUP_TIMEOUT
          + (exited ? "; exited with " + process.exitValue() : "") + describe());
    }
    // a literal address, IPv6 in brackets, which getByName takes as it is, without a lookup
    return new InetSocketAddress(InetAddress.getByName(listening.group(1)), Integer.parseInt(listening.group(2)));
  }

  /**
   * The exit status, waiting at most {@link #EXIT_TIMEOUT}; fails if the process is still running
   * then. Once it returns, {@link #stdout()} and {@link #stderr()} hold everything the process wrote.
   */
  public int awaitExit() throws InterruptedException {
    if (!process.waitFor(EXIT_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
      fail("still running after " + EXIT_TIMEOUT + describe());
    }
    stdout.awaitAll(DRAIN_TIMEOUT);
    stderr.awaitAll(DRAIN_TIMEOUT);
    return process.exitValue();
  }

  /**
   * Sends SIGTERM, the way an operator stops an exporter. Through the process handle:
   * {@code Process.destroy()} also closes our ends of the pipes, which would lose what the exporter
   * logs while it shuts down.
   */
  public void terminate() {
    process.toHandle().destroy();
  }

  /** Whether the process is still running. */
  public boolean isAlive() {
    return process.isAlive();
  }

  /** The lines written to stdout so far; all of them once the process has exited. */
  public List<String> stdout() {
    return process.isAlive() ? stdout.snapshot() : stdout.awaitAll(DRAIN_TIMEOUT);
  }

  /** The lines written to stderr so far; all of them once the process has exited. */
  public List<String> stderr() {
    return process.isAlive() ? stderr.snapshot() : stderr.awaitAll(DRAIN_TIMEOUT);
  }

  /** The command and what the process wrote, for failure messages. */
  public String describe() {
    return "\ncommand: " + String.join(" ", command)
        + "\nstdout:\n" + stdout + "\nstderr:\n" + stderr;
  }

  /** Stops the process: SIGTERM, then SIGKILL if it has not exited within 5 s. */
  @Override
  public void close() {
    Processes.stop(process, 5);
  }
}
