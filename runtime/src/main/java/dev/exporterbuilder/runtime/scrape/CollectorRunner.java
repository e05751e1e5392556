package dev.exporterbuilder.runtime.scrape;

import dev.exporterbuilder.annotations.contract.GoDuration;
import dev.exporterbuilder.runtime.MemberErrors;
import dev.exporterbuilder.runtime.generated.CollectorDefinition;
import dev.exporterbuilder.runtime.process.FailureLog;
import dev.exporterbuilder.runtime.process.RunFailures;
import io.prometheus.metrics.model.snapshots.MetricSnapshots;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.LongAdder;

/**
 * Runs one collector for the scrapes, on a worker thread, in one of two ways:
 *
 * <ul>
 *   <li>{@link OnDemandRunner}: a scrape starts a run (or joins the one going) and waits for it, at most
 *       until the scrape's deadline and the collector's timeout;
 *   <li>{@link CachedRunner}: runs every {@code cache} interval in the background; scrapes serve the
 *       newest result and its age.
 * </ul>
 *
 * <p>A scrape first {@linkplain #claim() claims} every collector, which starts their runs, and then
 * {@linkplain Claim#await(long) awaits} each: the collectors of one scrape run concurrently. A scrape
 * without a deadline runs one on-demand collector without a timeout on its own thread instead
 * ({@link OnDemandRunner#claimOnScrapeThread()}), while the others run on workers: it would wait
 * for that run however long it took, and the hand-offs to a worker and back would cost time.
 *
 * <p>A collector never has two runs at a time. A scrape that finds a run going joins it. A run that
 * a scrape gave up on, or that is past the collector's timeout, is not waited for again and no new
 * run starts until it ends: scrapes report the collector as failed meanwhile, and its late result
 * is discarded. So the worker threads never outnumber the collectors, even when one hangs forever.
 */
abstract class CollectorRunner {

  /** A deadline meaning "none": wait as long as the run takes. */
  public static final long NO_DEADLINE = Long.MAX_VALUE;

  /** How long the first scrape of a cached collector waits for its first result without a timeout or deadline. */
  static final Duration FIRST_RESULT_WAIT = Duration.ofSeconds(10);

  final CollectorDefinition definition;
  final long timeoutNanos;
  /** Samples of families named from data that this collector's runs dropped, since the start. */
  final LongAdder dropped = new LongAdder();

  CollectorRunner(CollectorDefinition definition) {
    this.definition = definition;
    this.timeoutNanos = definition.timeout().toNanos();
  }

  /**
   * The runner {@code definition} asks for.
   *
   * @param workers runs the collectors; one thread per collector is enough, as runs are one per collector
   * @param scheduler triggers the refreshes of cached collectors
   */
  static CollectorRunner of(CollectorDefinition definition, Executor workers, ScheduledExecutorService scheduler) {
    return definition.cache().isZero()
        ? new OnDemandRunner(definition, workers)
        : new CachedRunner(definition, workers, scheduler);
  }

  /** Starts what one scrape needs from this collector, without waiting for it. */
  abstract Claim claim();

  /**
   * Whether a scrape without a deadline may run this collector on its own thread, which then
   * {@linkplain #claimOnScrapeThread() claims} it; false unless a subclass says otherwise.
   */
  boolean runsOnScrapeThread() {
    return false;
  }

  /** A claim whose run, if it starts one, goes on the thread that awaits it; {@link #claim()} unless overridden. */
  Claim claimOnScrapeThread() {
    return claim();
  }

  /** Starts background work, if any. */
  void start() {}

  /**
   * Stops background work, if any, and interrupts a run going on a scrape's thread; a run on a
   * worker is left to the worker pool's shutdown.
   */
  void stop() {}

  /** Waits for a run going on a scrape's thread, if any, at most until {@code deadlineNanos}. */
  void awaitRunOnScrapeThread(long deadlineNanos) {}

  String name() {
    return definition.name();
  }

  /** One scrape's interest in one collector. */
  @FunctionalInterface
  interface Claim {
    /**
     * Waits for the collector's result, at most until {@code deadlineNanos} on the
     * {@link System#nanoTime()} clock ({@link #NO_DEADLINE} for none). Never throws.
     */
    Result await(long deadlineNanos);
  }

  /**
   * What one scrape serves for one collector.
   *
   * @param snapshots the samples, null for none
   * @param failed whether {@code _scrape_collector_success} is 0
   * @param durationSeconds how long the run took, or how long the scrape waited for it in vain
   * @param cacheAgeSeconds seconds since the served result was collected; NaN when not cached
   */
  record Result(MetricSnapshots snapshots, boolean failed, double durationSeconds, double cacheAgeSeconds) {

    static Result failed(double durationSeconds) {
      return new Result(null, true, durationSeconds, Double.NaN);
    }
  }

  /** One ended run of a collector, with its start and end on the {@link System#nanoTime()} clock. */
  record Attempt(MetricSnapshots snapshots, boolean failed, long startNanos, long endNanos) {

    double seconds() {
      return (endNanos - startNanos) / 1e9;
    }
  }

  /**
   * Runs the collector once on the calling thread; failures are logged (one line per cause, when
   * the run has ended) and remembered, not thrown, except a {@link VirtualMachineError}: that ends
   * the run and is thrown to whoever waits for it.
   */
  static Attempt attempt(CollectorDefinition definition, LongAdder dropped) {
    RunFailures members = new RunFailures(definition.name());
    boolean failed = false;
    long start = System.nanoTime();
    MetricSnapshots snapshots = null;
    try {
      snapshots = definition.collector().collect(new RunErrors(definition.name(), members, dropped));
    } catch (VirtualMachineError e) {
      throw e;
    } catch (Throwable e) {
      failed = true;
      FailureLog.collectorFailed(definition.name(), e);
    } finally {
      members.log();
    }
    return new Attempt(snapshots, failed || members.any(), start, System.nanoTime());
  }

  /** {@code 12.3s}: a measured time, in the log. */
  static String seconds(long nanos) {
    return String.format(Locale.ROOT, "%.1fs", nanos / 1e9);
  }

  /** The earlier of two deadlines, either of which may be {@link #NO_DEADLINE}. */
  static long earlier(long a, long b) {
    if (a == NO_DEADLINE) {
      return b;
    }
    if (b == NO_DEADLINE) {
      return a;
    }
    return a - b < 0 ? a : b;
  }

  /** A run on a worker thread, or on the thread of the scrape that started it. */
  static final class Run {
    final long startNanos = System.nanoTime();
    final CompletableFuture<Attempt> future = new CompletableFuture<>();
    /** Set when a scrape stopped waiting for this run: nobody waits for it again. */
    volatile boolean abandoned;
    /** The scrape's thread while this run goes on it; null on a worker. Guarded by {@code this}. */
    private Thread scrapeThread;
    private boolean onScrapeThread;

    void launch(Executor workers, CollectorDefinition definition, LongAdder dropped) {
      try {
        workers.execute(() -> complete(definition, dropped));
      } catch (RejectedExecutionException e) {
        future.completeExceptionally(e); // the exporter is shutting down
      }
    }

    /**
     * Runs the collector on the calling thread, a scrape's. An interrupt left set when it ends (the
     * exporter closing, or the collector's own) is cleared, as a worker pool clears it between its
     * tasks: the scrape's thread still has the response to write.
     */
    void runHere(CollectorDefinition definition, LongAdder dropped) {
      synchronized (this) {
        scrapeThread = Thread.currentThread();
        onScrapeThread = true;
      }
      try {
        complete(definition, dropped);
      } finally {
        synchronized (this) {
          scrapeThread = null;
        }
        Thread.interrupted();
      }
    }

    private void complete(CollectorDefinition definition, LongAdder dropped) {
      try {
        future.complete(attempt(definition, dropped));
      } catch (VirtualMachineError e) {
        // the run's waiters get the error; the thread, a worker of the pool or the scrape's, goes on
        future.completeExceptionally(e);
      }
    }

    synchronized boolean onScrapeThread() {
      return onScrapeThread;
    }

    /** Interrupts this run if it is going on a scrape's thread. */
    synchronized void interruptScrapeThread() {
      if (scrapeThread != null) {
        scrapeThread.interrupt();
      }
    }

    boolean going() {
      return !future.isDone();
    }

    long age(long now) {
      return now - startNanos;
    }
  }

  /** Whether a run going on is past the point where anyone waits for it. */
  boolean overran(Run run, long now) {
    long limit = runLimitNanos();
    return run.abandoned || (limit > 0 && run.age(now) > limit);
  }

  /** How long a run may take before it counts as hung; 0 for no limit. */
  long runLimitNanos() {
    return timeoutNanos;
  }

  /** The deadline of a run by the collector's own timeout; {@link #NO_DEADLINE} without one. */
  long runDeadline(Run run) {
    return timeoutNanos > 0 ? run.startNanos + timeoutNanos : NO_DEADLINE;
  }

  /** Logs that a run is still going past its deadline, and that nothing new starts meanwhile. */
  void logStillRunning(Run run, String what) {
    long limit = runLimitNanos();
    FailureLog.collectorFailed(name(), new TimeoutException(what + " still running after "
        + seconds(run.age(System.nanoTime())) + (limit > 0 ? " (limit " + GoDuration.format(Duration.ofNanos(limit))
        + ")" : "") + "; not started again until that run ends"));
  }

  /** The member errors of one run: failures grouped for the log, dropped samples counted and logged apart. */
  private record RunErrors(String collector, RunFailures failures, LongAdder dropped) implements MemberErrors {

    @Override
    public void failed(String member, Throwable cause) {
      failures.failed(member, cause);
    }

    /** A dropped key is data, not a failure: counted and logged, success stays as it is. */
    @Override
    public void dropped(String member, String key, String reason) {
      dropped.increment();
      FailureLog.sampleDropped(collector, member, key, reason);
    }
  }
}
