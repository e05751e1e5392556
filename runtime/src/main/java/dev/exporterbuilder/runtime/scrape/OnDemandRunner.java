package dev.exporterbuilder.runtime.scrape;

import dev.exporterbuilder.annotations.contract.GoDuration;
import dev.exporterbuilder.runtime.generated.CollectorDefinition;
import dev.exporterbuilder.runtime.process.FailureLog;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;

/** Run by scrapes: each scrape starts a run, or joins the one going. */
final class OnDemandRunner extends CollectorRunner {

  private final Executor workers;
  private final AtomicReference<Run> current = new AtomicReference<>();

  OnDemandRunner(CollectorDefinition definition, Executor workers) {
    super(definition);
    this.workers = workers;
  }

  @Override
  Claim claim() {
    return joined(currentOrNewRun(false));
  }

  /**
   * Whether a scrape without a deadline may run this collector on its own thread: it has no timeout,
   * so the scrape would wait for the run however long it took, and a worker thread would add only
   * two hand-offs between threads.
   */
  @Override
  boolean runsOnScrapeThread() {
    return timeoutNanos == 0;
  }

  /**
   * Like {@link #claim()}, for a collector that {@linkplain #runsOnScrapeThread() may run on the
   * scrape's thread}: nothing starts now; {@link Claim#await} joins the run going, as a claim does,
   * or else runs the collector on the calling thread. Awaited with a deadline, it starts the run on
   * a worker as {@link #claim()} would.
   */
  @Override
  Claim claimOnScrapeThread() {
    return deadline -> joined(currentOrNewRun(deadline == NO_DEADLINE)).await(deadline);
  }

  /** Waits for the run on a scrape's thread going on, if any, at most until {@code deadlineNanos}. */
  @Override
  void awaitRunOnScrapeThread(long deadlineNanos) {
    Run run = current.get();
    if (run != null && run.onScrapeThread() && run.going()) {
      try {
        run.future.get(Math.max(0, deadlineNanos - System.nanoTime()), TimeUnit.NANOSECONDS);
      } catch (TimeoutException | ExecutionException e) {
        // still going, or ended with an error its scrape reports
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /** Interrupts a run going on a scrape's thread, as closing the worker pool interrupts the others. */
  @Override
  void stop() {
    Run run = current.get();
    if (run != null) {
      run.interruptScrapeThread();
    }
  }

  /** What a scrape serves from {@code run}: its result, or at once a failure when it is hung. */
  private Claim joined(Run run) {
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

  /**
   * The run going on, or a new one when none is: on the calling thread, which returns once it
   * ended, when {@code here}, else on a worker.
   */
  private Run currentOrNewRun(boolean here) {
    while (true) {
      Run seen = current.get();
      if (seen != null && seen.going()) {
        return seen;
      }
      Run fresh = new Run();
      if (current.compareAndSet(seen, fresh)) {
        if (here) {
          fresh.runHere(definition, dropped);
        } else {
          fresh.launch(workers, definition, dropped);
        }
        return fresh;
      }
    }
  }
}
