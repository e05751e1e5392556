package dev.exporterbuilder.testsupport;

import java.util.concurrent.TimeUnit;

/** How the helpers stop the processes they started. */
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
}
