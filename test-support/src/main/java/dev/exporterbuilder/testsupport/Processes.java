package dev.exporterbuilder.testsupport;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/** How the helpers wait for the processes they started to answer, and stop them. */
final class Processes {

  private Processes() {}

  /** SIGTERM, then SIGKILL if {@code process} has not exited within {@code graceSeconds}. */
  static void stop(Process process, int graceSeconds) {
    process.destroy();
    try {
      if (!process.waitFor(graceSeconds, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }

  /**
   * Polls {@code path} at {@code address} until {@code process} answers it with 200; fails, with
   * what it logged to {@code log}, if it exits first or does not answer within {@code timeout}.
   */
  static void awaitAnswering(Process process, InetSocketAddress address, String path, Duration timeout,
      Duration pollInterval, String name, Path log) throws IOException, InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline && process.isAlive()) {
      try {
        if (Http.get(address, path).statusCode() == 200) {
          return;
        }
      } catch (IOException notListeningYet) {
        // still starting
      }
      Thread.sleep(pollInterval.toMillis());
    }
    fail(name + " not answering " + path + " after " + timeout
        + (process.isAlive() ? "" : "; exited with " + process.waitFor()) + "; log:\n" + read(log));
  }

  /** What a process logged to {@code log} so far, for failure messages. */
  static String read(Path log) throws IOException {
    return Files.exists(log) ? Files.readString(log) : "(no log)";
  }
}
