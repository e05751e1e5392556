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
        fresh.launch(workers, definition, dropped);
        return fresh;
      }
    }
  }
}
