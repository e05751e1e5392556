package dev.exporterbuilder.runtime.process;

import dev.exporterbuilder.runtime.generated.Lifecycle;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The exporter's objects that were initialised, in the order they were: what shutdown closes, in
 * reverse. Each {@code close()} runs on a daemon thread of its own and is waited for at most
 * {@link #CLOSE_TIMEOUT_NANOS}: a close that hangs on a dead backend is abandoned with a WARN line,
 * and one that throws costs a WARN line, so that shutdown always completes and closes the others.
 *
 * <pre>
 * level=error msg="Cannot initialise" method=Queue.connect err="ConnectException: Connection refused"
 * level=warn msg="Close failed" class=Queue err="IOException: broken pipe"
 * level=warn msg="Close did not finish, abandoned" class=Queue timeout=5000ms
 * </pre>
 */
public final class Initialised {

  /** How long shutdown waits for one {@code close()}. */
  static final long CLOSE_TIMEOUT_NANOS = TimeUnit.SECONDS.toNanos(5);

  private final List<Lifecycle> done;
  private final long closeTimeoutNanos;

  Initialised(List<Lifecycle> done, long closeTimeoutNanos) {
    this.done = done;
    this.closeTimeoutNanos = closeTimeoutNanos;
  }

  /** Nothing initialised, nothing to close. */
  public static Initialised none() {
    return new Initialised(new ArrayList<>(), CLOSE_TIMEOUT_NANOS);
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
        } catch (Exception | LinkageError e) {
          Log.error("Cannot initialise", "method", lifecycle.initName(), "err", FailureLog.describe(e));
          initialised.close();
          throw StartupFailure.startup(lifecycle.initName() + " failed: " + FailureLog.describe(e));
        }
      }
      initialised.done.add(lifecycle);
    }
    return initialised;
  }

  /** Closes every initialised {@link AutoCloseable}, last initialised first, each bounded in time. */
  public void close() {
    for (int i = done.size() - 1; i >= 0; i--) {
      Lifecycle lifecycle = done.get(i);
      lifecycle.closeable().ifPresent(closeable -> close(lifecycle.closeName(), closeable));
    }
    done.clear();
  }

  private void close(String name, AutoCloseable closeable) {
    Throwable[] failure = new Throwable[1];
    Thread thread = DaemonThreads.named("exporter-close-").newThread(() -> {
      try {
        closeable.close();
      } catch (Exception | LinkageError e) {
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
