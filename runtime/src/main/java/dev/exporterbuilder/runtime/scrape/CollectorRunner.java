package dev.exporterbuilder.runtime.scrape;

import dev.exporterbuilder.annotations.contract.GoDuration;
import dev.exporterbuilder.runtime.generated.CollectorDefinition;
import dev.exporterbuilder.runtime.generated.MemberErrors;
import dev.exporterbuilder.runtime.process.FailureLog;
import io.prometheus.metrics.model.snapshots.MetricSnapshots;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs one collector for the scrapes, on a worker thread, in one of two ways:
 *
 * <ul>
 *   <li>{@link OnDemand}: a scrape starts a run (or joins the one going) and waits for it, at most
 *       until the scrape's deadline and the collector's timeout;
 *   <li>{@link Cached}: runs every {@code cache} interval in the background; scrapes serve the
 *       newest result and its age.
 * </ul>
 *
 * <p>A scrape first {@linkplain #claim() claims} every collector, which starts their runs, and then
 * {@linkplain Claim#await(long) awaits} each: the collectors of one scrape run concurrently.
 *
 * <p>A collector never has two runs at a time. A scrape that finds a run going joins it. A run that
 * a scrape gave up on, or that is past the collector's timeout, is not waited for again and no new
 * run starts until it ends: scrapes report the collector as failed meanwhile, and its late result
 * is discarded. So the worker threads never outnumber the collectors, even when one hangs forever.
 */
public abstract class CollectorRunner {

  /** A deadline meaning "none": wait as long as the run takes. */
  public static final long NO_DEADLINE = Long.MAX_VALUE;

  /** How long the first scrape of a cached collector waits for its first result without a timeout or deadline. */
  static final Duration FIRST_RESULT_WAIT = Duration.ofSeconds(10);

  final CollectorDefinition definition;
  final long timeoutNanos;

  private CollectorRunner(CollectorDefinition definition) {
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
        ? new OnDemand(definition, workers)
        : new Cached(definition, workers, scheduler);
  }

  /** Starts what one scrape needs from this collector, without waiting for it. */
  abstract Claim claim();

  /** Starts background work, if any. */
  void start() {}

  /** Stops background work, if any; a run in progress is left to the worker pool's shutdown. */
  void stop() {}

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
   * Runs the collector once on the calling thread; failures are logged and remembered, not thrown,
   * except a {@link VirtualMachineError}: that ends the run and is thrown to whoever waits for it.
   */
  static Attempt attempt(CollectorDefinition definition) {
    Outcome outcome = new Outcome(definition.name());
    long start = System.nanoTime();
    MetricSnapshots snapshots = null;
    try {
      snapshots = definition.collector().collect(outcome);
    } catch (VirtualMachineError e) {
      throw e;
    } catch (Throwable e) {
      outcome.collectorFailed(e);
    }
    return new Attempt(snapshots, outcome.failed, start, System.nanoTime());
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

  /** A run on a worker thread. */
  private static final class Run {
    final long startNanos = System.nanoTime();
    final CompletableFuture<Attempt> future = new CompletableFuture<>();
    /** Set when a scrape stopped waiting for this run: nobody waits for it again. */
    volatile boolean abandoned;

    void launch(Executor workers, CollectorDefinition definition) {
      try {
        workers.execute(() -> {
          try {
            future.complete(attempt(definition));
          } catch (VirtualMachineError e) {
            // the run's waiters get the error; the worker thread is the pool's, and goes on to the next run
            future.completeExceptionally(e);
          }
        });
      } catch (RejectedExecutionException e) {
        future.completeExceptionally(e); // the exporter is shutting down
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

  /** Run by scrapes: each scrape starts a run, or joins the one going. */
  static final class OnDemand extends CollectorRunner {

    private final Executor workers;
    private final AtomicReference<Run> current = new AtomicReference<>();

    OnDemand(CollectorDefinition definition, Executor workers) {
      super(definition);
      this.workers = workers;
    }

    @Override
    Claim claim() {
      Run run = currentOrNewRun();
      long now = System.nanoTime();
      if (overran(run, now) && run.going()) {
        logStillRunning(run, "run of an earlier scrape");
        // the age of the hung run: a collector that hangs must not look like the fastest one
        return deadline -> Result.failed(run.age(now) / 1e9);
      }
      return deadline -> await(run, deadline);
    }

    private Result await(Run run, long scrapeDeadline) {
      long deadline = earlier(scrapeDeadline, runDeadline(run));
      try {
        Attempt attempt;
        if (deadline == NO_DEADLINE) {
          attempt = run.future.get();
        } else {
          attempt = run.future.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        }
        return new Result(attempt.snapshots(), attempt.failed(), attempt.seconds(), Double.NaN);
      } catch (TimeoutException e) {
        run.abandoned = true;
        boolean ownTimeout = deadline == runDeadline(run);
        FailureLog.collectorFailed(name(), new TimeoutException("no result within "
            + (ownTimeout ? "its timeout " + GoDuration.format(definition.timeout()) : "the scrape's timeout")
            + "; the result of this run will be discarded"));
      } catch (ExecutionException e) {
        FailureLog.runFailed(name(), e.getCause());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return Result.failed(run.age(System.nanoTime()) / 1e9);
    }

    /** The run going on, or a new one when none is. */
    private Run currentOrNewRun() {
      while (true) {
        Run seen = current.get();
        if (seen != null && seen.going()) {
          return seen;
        }
        Run fresh = new Run();
        if (current.compareAndSet(seen, fresh)) {
          fresh.launch(workers, definition);
          return fresh;
        }
      }
    }
  }

  /**
   * Runs on a worker thread every interval; scrapes serve the newest result that came in time. A
   * refresh is bounded by the timeout, or without one by the interval: a refresh that takes longer
   * than that is hung (success 0, logged), and none starts until it ends.
   */
  static final class Cached extends CollectorRunner {

    private final Executor workers;
    private final ScheduledExecutorService scheduler;
    private final long intervalNanos;
    private final CountDownLatch firstEnded = new CountDownLatch(1);
    /** Started only by the scheduler's thread. */
    private volatile Run current;
    /** What scrapes serve, published as one value so that samples and status always match. */
    private volatile State state = new State(null, false);
    private ScheduledFuture<?> schedule;

    /**
     * @param served the newest run that ended within its limit; null before the first
     * @param newestFailed whether the newest ended run failed, overran or could not run
     */
    private record State(Attempt served, boolean newestFailed) {}

    Cached(CollectorDefinition definition, Executor workers, ScheduledExecutorService scheduler) {
      super(definition);
      this.workers = workers;
      this.scheduler = scheduler;
      this.intervalNanos = definition.cache().toNanos();
    }

    @Override
    long runLimitNanos() {
      return timeoutNanos > 0 ? timeoutNanos : intervalNanos;
    }

    /** How long the first scrape waits for the first result, from the start of the first run. */
    private long firstWaitNanos() {
      return timeoutNanos > 0 ? timeoutNanos : Math.min(intervalNanos, FIRST_RESULT_WAIT.toNanos());
    }

    @Override
    synchronized void start() {
      if (schedule == null) {
        schedule = scheduler.scheduleAtFixedRate(this::refresh, 0, intervalNanos, TimeUnit.NANOSECONDS);
      }
    }

    @Override
    synchronized void stop() {
      if (schedule != null) {
        schedule.cancel(false);
      }
    }

    /** On the scheduler's thread: starts a run unless one is going. Never throws: that would end the schedule. */
    private void refresh() {
      try {
        Run going = current;
        if (going != null && going.going()) {
          if (overran(going, System.nanoTime())) {
            logStillRunning(going, "refresh");
          }
          return;
        }
        Run fresh = new Run();
        current = fresh;
        fresh.future.whenComplete((attempt, error) -> ended(fresh, attempt, error));
        fresh.launch(workers, definition);
      } catch (Throwable e) {
        FailureLog.collectorFailed(name(), e);
      }
    }

    private void ended(Run run, Attempt attempt, Throwable error) {
      State before = state;
      if (error != null) {
        state = new State(before.served(), true);
        FailureLog.runFailed(name(), error);
      } else if (attempt.endNanos() - run.startNanos > runLimitNanos()) {
        state = new State(before.served(), true);
        FailureLog.collectorFailed(name(), new TimeoutException("refresh took " + seconds(attempt.endNanos()
            - run.startNanos) + ", over its limit " + GoDuration.format(Duration.ofNanos(runLimitNanos()))
            + "; its result is discarded"));
      } else {
        state = new State(attempt, attempt.failed());
      }
      firstEnded.countDown();
    }

    @Override
    Claim claim() {
      return this::serve;
    }

    private Result serve(long scrapeDeadline) {
      long start = System.nanoTime();
      State now = state;
      if (now.served() == null) {
        now = awaitFirst(scrapeDeadline, start);
        if (now.served() == null) {
          Run going = current;
          return Result.failed(going != null && going.going() ? going.age(System.nanoTime()) / 1e9
              : (System.nanoTime() - start) / 1e9);
        }
      }
      long time = System.nanoTime();
      Run going = current;
      boolean overrun = going != null && going.going() && overran(going, time);
      Attempt served = now.served();
      return new Result(served.snapshots(), now.newestFailed() || overrun, served.seconds(),
          (time - served.endNanos()) / 1e9);
    }

    /**
     * Before the first result: waits for it until the first run's own wait ends (not the scrape's:
     * scrapes after the first do not wait again) or the scrape's deadline, whichever is earlier.
     */
    private State awaitFirst(long scrapeDeadline, long start) {
      Run first = current;
      long deadline = earlier(scrapeDeadline, (first != null ? first.startNanos : start) + firstWaitNanos());
      long left = deadline - System.nanoTime();
      if (left > 0) {
        try {
          firstEnded.await(left, TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
      State after = state;
      if (after.served() == null && firstEnded.getCount() > 0) {
        FailureLog.collectorFailed(name(), new TimeoutException("no first result after "
            + seconds(first != null ? first.age(System.nanoTime()) : System.nanoTime() - start)));
      }
      return after;
    }
  }

  /** The {@link MemberErrors} of one run: remembers that something failed. */
  private static final class Outcome implements MemberErrors {
    private final String collector;
    // a generated collector may report from its own worker threads
    private volatile boolean failed;

    Outcome(String collector) {
      this.collector = collector;
    }

    @Override
    public void failed(String member, Throwable cause) {
      failed = true;
      FailureLog.memberFailed(collector, member, cause);
    }

    void collectorFailed(Throwable cause) {
      failed = true;
      FailureLog.collectorFailed(collector, cause);
    }
  }
}
