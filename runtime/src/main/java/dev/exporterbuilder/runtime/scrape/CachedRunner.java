package dev.exporterbuilder.runtime.scrape;

import dev.exporterbuilder.annotations.contract.GoDuration;
import dev.exporterbuilder.runtime.MemberErrors;
import dev.exporterbuilder.runtime.generated.CollectorDefinition;
import dev.exporterbuilder.runtime.process.FailureLog;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs on a worker thread every interval; scrapes serve the newest result that came in time. A
 * refresh is bounded by the timeout, or without one by the interval: a refresh that takes longer
 * than that is hung (success 0, logged), and none starts until it ends.
 */
final class CachedRunner extends CollectorRunner {

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

  CachedRunner(CollectorDefinition definition, Executor workers, ScheduledExecutorService scheduler) {
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
      fresh.launch(workers, definition, dropped);
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
