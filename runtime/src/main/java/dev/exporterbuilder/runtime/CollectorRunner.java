package dev.exporterbuilder.runtime;

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
 * Runs one collector for the scrapes, in one of three ways:
 *
 * <ul>
 *   <li>{@link Direct}: on the scrape's thread, on every scrape;
 *   <li>{@link Timed}: on a worker thread, the scrape waiting at most the collector's timeout;
 *   <li>{@link Cached}: on a worker thread every {@code cache} interval, scrapes serving the last
 *       result and its age.
 * </ul>
 *
 * <p>A timed or cached collector never has two runs at a time. A scrape that finds a run still
 * inside its timeout shares that run's result; one that finds a run past its timeout does not
 * start another, and reports the collector as failed until the run ends. A result that arrives
 * after the run's timeout is discarded. So worker threads never outnumber the timed and cached
 * collectors, even when one hangs forever.
 */
abstract class CollectorRunner {

  /** How long the first scrape of a cached collector without a timeout waits for its first result. */
  static final Duration FIRST_RESULT_WAIT = Duration.ofSeconds(10);

  final CollectorDefinition definition;

  private CollectorRunner(CollectorDefinition definition) {
    this.definition = definition;
  }

  /**
   * The runner {@code definition} asks for.
   *
   * @param workers runs timed and cached collectors; unbounded, since runs are one per collector
   * @param scheduler triggers the refreshes of cached collectors
   */
  static CollectorRunner of(CollectorDefinition definition, Executor workers, ScheduledExecutorService scheduler) {
    if (!definition.cache().isZero()) {
      return new Cached(definition, workers, scheduler);
    }
    if (!definition.timeout().isZero()) {
      return new Timed(definition, workers);
    }
    return new Direct(definition);
  }

  /** What one scrape gets from this collector; never throws. */
  abstract Result collect();

  /** Starts background work, if any. */
  void start() {}

  /** Stops background work, if any; a run in progress is left to the worker pool's shutdown. */
  void stop() {}

  String name() {
    return definition.name();
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

  /** Runs the collector once on the calling thread; failures are logged and remembered, never thrown. */
  static Attempt attempt(CollectorDefinition definition) {
    Outcome outcome = new Outcome(definition.name());
    long start = System.nanoTime();
    MetricSnapshots snapshots = null;
    try {
      snapshots = definition.collector().collect(outcome);
    } catch (Throwable e) {
      outcome.collectorFailed(e);
    }
    return new Attempt(snapshots, outcome.failed, start, System.nanoTime());
  }

  /** {@code 12.3s}: a measured time, in the log. */
  static String seconds(long nanos) {
    return String.format(Locale.ROOT, "%.1fs", nanos / 1e9);
  }

  /** A run on a worker thread. */
  private static final class Run {
    final long startNanos = System.nanoTime();
    final CompletableFuture<Attempt> future = new CompletableFuture<>();

    void launch(Executor workers, CollectorDefinition definition) {
      try {
        workers.execute(() -> future.complete(attempt(definition)));
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

  /** Runs on the scrape's thread. */
  static final class Direct extends CollectorRunner {

    Direct(CollectorDefinition definition) {
      super(definition);
    }

    @Override
    Result collect() {
      Attempt attempt = attempt(definition);
      return new Result(attempt.snapshots(), attempt.failed(), attempt.seconds(), Double.NaN);
    }
  }

  /** Runs on a worker thread; the scrape waits at most the timeout. */
  static final class Timed extends CollectorRunner {

    private final Executor workers;
    private final long timeoutNanos;
    private final AtomicReference<Run> current = new AtomicReference<>();

    Timed(CollectorDefinition definition, Executor workers) {
      super(definition);
      this.workers = workers;
      this.timeoutNanos = definition.timeout().toNanos();
    }

    @Override
    Result collect() {
      Run run = currentOrNewRun();
      long left = run.startNanos + timeoutNanos - System.nanoTime();
      if (left <= 0) {
        FailureLog.collectorFailed(name(), new TimeoutException("still running after "
            + seconds(run.age(System.nanoTime())) + " (timeout " + GoDuration.format(definition.timeout())
            + "); not started again until that run ends"));
        return Result.failed(0);
      }
      try {
        Attempt attempt = run.future.get(left, TimeUnit.NANOSECONDS);
        return new Result(attempt.snapshots(), attempt.failed(), attempt.seconds(), Double.NaN);
      } catch (TimeoutException e) {
        FailureLog.collectorFailed(name(), new TimeoutException("no result within its timeout "
            + GoDuration.format(definition.timeout()) + "; the result of this run will be discarded"));
      } catch (ExecutionException e) {
        FailureLog.collectorFailed(name(), e.getCause());
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

  /** Runs on a worker thread every interval; scrapes serve the newest result that came in time. */
  static final class Cached extends CollectorRunner {

    private final Executor workers;
    private final ScheduledExecutorService scheduler;
    private final long timeoutNanos;
    private final CountDownLatch firstEnded = new CountDownLatch(1);
    /** Started only by the scheduler's thread. */
    private volatile Run current;
    /** The newest run that ended within its timeout: what scrapes serve. */
    private volatile Attempt served;
    /** Whether the newest ended run failed, overran or could not run. */
    private volatile boolean newestFailed;
    private ScheduledFuture<?> schedule;

    Cached(CollectorDefinition definition, Executor workers, ScheduledExecutorService scheduler) {
      super(definition);
      this.workers = workers;
      this.scheduler = scheduler;
      this.timeoutNanos = definition.timeout().toNanos();
    }

    @Override
    synchronized void start() {
      if (schedule == null) {
        schedule = scheduler.scheduleAtFixedRate(this::refresh, 0, definition.cache().toNanos(), TimeUnit.NANOSECONDS);
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
            FailureLog.collectorFailed(name(), new TimeoutException("refresh still running after "
                + seconds(going.age(System.nanoTime())) + " (timeout " + GoDuration.format(definition.timeout())
                + "); not started again until that run ends"));
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
      if (error != null) {
        newestFailed = true;
        FailureLog.collectorFailed(name(), error);
      } else if (timeoutNanos > 0 && attempt.endNanos() - run.startNanos > timeoutNanos) {
        newestFailed = true;
        FailureLog.collectorFailed(name(), new TimeoutException("refresh took " + seconds(attempt.endNanos()
            - run.startNanos) + ", over its timeout " + GoDuration.format(definition.timeout())
            + "; its result is discarded"));
      } else {
        served = attempt;
        newestFailed = attempt.failed();
      }
      firstEnded.countDown();
    }

    private boolean overran(Run run, long now) {
      return timeoutNanos > 0 && run.age(now) > timeoutNanos;
    }

    @Override
    Result collect() {
      long start = System.nanoTime();
      Attempt attempt = served;
      if (attempt == null) {
        long wait = timeoutNanos > 0 ? timeoutNanos : FIRST_RESULT_WAIT.toNanos();
        try {
          if (!firstEnded.await(wait, TimeUnit.NANOSECONDS)) {
            FailureLog.collectorFailed(name(), new TimeoutException("no first result within "
                + GoDuration.format(Duration.ofNanos(wait))));
          }
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        attempt = served;
        if (attempt == null) {
          return Result.failed((System.nanoTime() - start) / 1e9);
        }
      }
      long now = System.nanoTime();
      Run going = current;
      boolean overrun = going != null && going.going() && overran(going, now);
      return new Result(attempt.snapshots(), newestFailed || overrun, attempt.seconds(),
          (now - attempt.endNanos()) / 1e9);
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
