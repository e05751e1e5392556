package dev.exporterbuilder.it;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A generated Main started as its own JVM, as an operator starts it. */
final class ExporterProcess implements AutoCloseable {

  private static final Pattern LISTENING = Pattern.compile("msg=\"Listening on\" address=\\S*:(\\d+)");

  private final Process process;
  private final List<String> stderr = new ArrayList<>();
  private final CompletableFuture<String> stdout;
  private final CompletableFuture<Integer> port = new CompletableFuture<>();
  private final Thread stderrReader;

  private ExporterProcess(Process process) {
    this.process = process;
    // a thread of its own: a blocking read in the common pool starves JDK 25's HttpClient on small machines
    this.stdout = new CompletableFuture<>();
    Thread stdoutReader = new Thread(() -> {
      try {
        stdout.complete(new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
      } catch (IOException e) {
        stdout.complete("");
      }
    }, "stdout-reader");
    stdoutReader.setDaemon(true);
    stdoutReader.start();
    stderrReader = new Thread(this::readStderr, "stderr-reader");
    stderrReader.setDaemon(true);
    stderrReader.start();
  }

  /** Starts {@code mainClass} from this test's class path with {@code args}. */
  static ExporterProcess start(Class<?> mainClass, String... args) throws IOException {
    return start(List.of(), mainClass, args);
  }

  /** Starts {@code mainClass} in a JVM with {@code jvmOptions}, from this test's class path, with {@code args}. */
  static ExporterProcess start(List<String> jvmOptions, Class<?> mainClass, String... args) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmOptions);
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(mainClass.getName());
    command.addAll(List.of(args));
    return new ExporterProcess(new ProcessBuilder(command).start());
  }

  private void readStderr() {
    try (BufferedReader reader = new BufferedReader(
        new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        synchronized (stderr) {
          stderr.add(line);
        }
        Matcher matcher = LISTENING.matcher(line);
        if (matcher.find()) {
          port.complete(Integer.parseInt(matcher.group(1)));
        }
      }
    } catch (IOException e) {
      // the process ended
    } finally {
      port.completeExceptionally(new IllegalStateException("exporter exited without listening: " + stderr()));
    }
  }

  /** Waits until the exporter logs the address it listens on. */
  InetSocketAddress awaitListening() throws Exception {
    return new InetSocketAddress("127.0.0.1", port.get(15, TimeUnit.SECONDS));
  }

  /** Waits for the process to exit and for its stderr to be read, and returns its status. */
  int awaitExit() throws InterruptedException {
    if (!process.waitFor(15, TimeUnit.SECONDS)) {
      throw new AssertionError("exporter did not exit; stderr: " + stderr());
    }
    stderrReader.join(5_000);
    return process.exitValue();
  }

  /**
   * Sends SIGTERM. Through the process handle: {@code Process.destroy()} also closes our ends of the
   * pipes, which would lose what the exporter logs while it shuts down.
   */
  void terminate() {
    process.toHandle().destroy();
  }

  String stdout() throws Exception {
    return stdout.get(15, TimeUnit.SECONDS);
  }

  List<String> stderr() {
    synchronized (stderr) {
      return List.copyOf(stderr);
    }
  }

  @Override
  public void close() {
    process.destroyForcibly();
    try {
      process.waitFor(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
