package dev.exporterbuilder.runtime.process;

import dev.exporterbuilder.runtime.generated.Lifecycle;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The exporter's objects that were initialised, in the order they were: what shutdown closes, in
 * reverse. Each {@code close()} runs on a daemon thread of its own and is waited for at most
 * {@link #CLOSE_TIMEOUT_NANOS}, and all of them together at most {@link #SHUTDOWN_TIMEOUT_NANOS}: a
 * close that hangs on a dead backend is abandoned with a WARN line, one that throws costs a WARN
 * line, and those not yet started when the overall deadline has passed are skipped with one WARN line
 * naming them, so that shutdown always completes in bounded time however many closes hang.
 *
 * <pre>
 * level=error msg="Cannot initialise" method=Queue.connect err="ConnectException: Connection refused"
 * level=warn msg="Close failed" class=Queue err="IOException: broken pipe"
 * level=warn msg="Close did not finish, abandoned" class=Queue timeout=5000ms
 * level=warn msg="Close skipped, shutdown took too long" classes="Cache, Exporter" timeout=10000ms
 * </pre>
 */
public final class Initialised {

  /** How long shutdown waits for one {@code close()}. */
  static final long CLOSE_TIMEOUT_NANOS = TimeUnit.SECONDS.toNanos(5);

  /** How long shutdown waits for all {@code close()} calls together. */
  static final long SHUTDOWN_TIMEOUT_NANOS = TimeUnit.SECONDS.toNanos(10);

  private final List<Lifecycle> done;

  private Initialised(List<Lifecycle> done) {
    this.done = done;
  }

  /** Nothing initialised, nothing to close. */
  public static Initialised none() {
    return new Initialised(new ArrayList<>());
  }

  /**
   * Runs each {@code @Init} in order. The first that throws is logged as one error line naming the
   * method; those already initialised are closed, and start-up fails.
   */
  public static Initialised initialise(List<Lifecycle> lifecycles) throws StartupFailure {
    Initialised initialised = none();
    for (Lifecycle lifecycle : lifecycles) {
      if (lifecycle.initMethod().isPresent()) {
        try {
          lifecycle.initMethod().get().run();
        } catch (Exception | LinkageError | AssertionError e) {
          Log.error("Cannot initialise", "method", lifecycle.initName(), "err", FailureLog.describe(e));
          initialised.close();
          throw StartupFailure.startup(lifecycle.initName() + " failed: " + FailureLog.describe(e));
        }
      }
      initialised.done.add(lifecycle);
    }
    return initialised;
  }

  /**
   * Closes every initialised {@link AutoCloseable}, last initialised first, each bounded in time and
   * all of them together too.
   */
  public void close() {
    long shutdownDeadline = System.nanoTime() + SHUTDOWN_TIMEOUT_NANOS;
    List<String> skipped = new ArrayList<>();
    for (int i = done.size() - 1; i >= 0; i--) {
      Lifecycle lifecycle = done.get(i);
      if (lifecycle.closeable().isEmpty()) {
        continue;
      }
      long left = shutdownDeadline - System.nanoTime();
      if (left <= 0) {
        skipped.add(lifecycle.closeName());
      } else {
        close(lifecycle.closeName(), lifecycle.closeable().get(), Math.min(left, CLOSE_TIMEOUT_NANOS));
      }
    }
    if (!skipped.isEmpty()) {
      Log.warn("Close skipped, shutdown took too long", "classes", String.join(", ", skipped),
          "timeout", TimeUnit.NANOSECONDS.toMillis(SHUTDOWN_TIMEOUT_NANOS) + "ms");
    }
    done.clear();
  }

  private static void close(String name, AutoCloseable closeable, long closeTimeoutNanos) {
    Throwable[] failure = new Throwable[1];
    Thread thread = DaemonThreads.named("exporter-close-").newThread(() -> {
      try {
        closeable.close();
      } catch (Exception | LinkageError | AssertionError e) {
        failure[0] = e;
      }
    });
    thread.start();
    boolean interrupted = false;
    long deadline = System.nanoTime() + closeTimeoutNanos;
    while (thread.isAlive()) {
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        break;
      }
      try {
        TimeUnit.NANOSECONDS.timedJoin(thread, left);
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (thread.isAlive()) {
      Log.warn("Close did not finish, abandoned", "class", name,
          "timeout", TimeUnit.NANOSECONDS.toMillis(closeTimeoutNanos) + "ms");
    } else if (failure[0] != null) {
      Log.warn("Close failed", "class", name, "err", FailureLog.describe(failure[0]));
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }
}
