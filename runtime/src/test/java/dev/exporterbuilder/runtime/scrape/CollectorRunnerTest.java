package dev.exporterbuilder.runtime.scrape;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.exporterbuilder.runtime.ExporterCollector;
import dev.exporterbuilder.runtime.MemberErrors;
import dev.exporterbuilder.runtime.StderrCapture;
import dev.exporterbuilder.runtime.generated.CollectorDefinition;
import io.prometheus.metrics.model.snapshots.GaugeSnapshot;
import io.prometheus.metrics.model.snapshots.GaugeSnapshot.GaugeDataPointSnapshot;
import io.prometheus.metrics.model.snapshots.Labels;
import io.prometheus.metrics.model.snapshots.MetricMetadata;
import io.prometheus.metrics.model.snapshots.MetricSnapshots;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.IntPredicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * On-demand (timed) and cached collectors, driven through {@link CollectorRunner#claim()} as a scrape does.
 * Times are asserted with generous margins: a loaded CI machine must not make them flaky, and a
 * broken bound (waiting for a hanging collector) would still fail them by seconds.
 */
class CollectorRunnerTest {

  private static final MetricMetadata RUN = new MetricMetadata("unit_run", "Which run produced this.");

  private final ExecutorService workers = Executors.newCachedThreadPool();
  private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
  private final List<CollectorRunner> started = new ArrayList<>();

  @AfterEach
  void shutDown() {
    started.forEach(CollectorRunner::stop);
    scheduler.shutdownNow();
    workers.shutdownNow();
  }

  /** A collector whose n-th run reports {@code unit_run n}, blocking while {@code blocks(n)} until released. */
  private static final class Scripted implements ExporterCollector {
    final AtomicInteger runs = new AtomicInteger();
    final CountDownLatch release = new CountDownLatch(1);
    private final IntPredicate blocks;
    private final IntPredicate memberFails;

    Scripted(IntPredicate blocks, IntPredicate memberFails) {
      this.blocks = blocks;
      this.memberFails = memberFails;
    }

    @Override
    public MetricSnapshots collect(MemberErrors errors) {
      int run = runs.incrementAndGet();
      if (blocks.test(run)) {
        try {
          release.await();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
      if (memberFails.test(run)) {
        errors.failed("reading()", new java.io.IOException("device gone"));
      }
      return MetricSnapshots.of(new GaugeSnapshot(RUN, List.of(new GaugeDataPointSnapshot(run, Labels.EMPTY, null))));
    }

    @Override
    public List<io.prometheus.metrics.model.snapshots.MetricFamilyDescriptor> getMetricFamilyDescriptors() {
      return List.of();
    }
  }

  private CollectorRunner runner(CollectorDefinition definition) {
    CollectorRunner runner = CollectorRunner.of(definition, workers, scheduler);
    runner.start();
    started.add(runner);
    return runner;
  }

  private static CollectorRunner.Result collect(CollectorRunner runner) {
    return runner.claim().await(CollectorRunner.NO_DEADLINE);
  }

  private static double run(CollectorRunner.Result result) {
    assertNotNull(result.snapshots(), "samples expected");
    return ((GaugeSnapshot) result.snapshots().get(0)).getDataPoints().get(0).getValue();
  }

  private static long millisSince(long startNanos) {
    return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos);
  }

  private static CollectorRunner.Result timedCollect(CollectorRunner runner, long[] millis) {
    long start = System.nanoTime();
    CollectorRunner.Result result = collect(runner);
    millis[0] = millisSince(start);
    return result;
  }

  @Test
  void kindFollowsTheDefinition() {
    Scripted source = new Scripted(n -> false, n -> false);
    CollectorDefinition plain = CollectorDefinition.of("plain", true, source);
    assertTrue(CollectorRunner.of(plain, workers, scheduler) instanceof OnDemandRunner);
    assertTrue(CollectorRunner.of(plain.timeout(Duration.ofSeconds(1)), workers, scheduler)
        instanceof OnDemandRunner);
    assertTrue(CollectorRunner.of(plain.cache(Duration.ofSeconds(1)).timeout(Duration.ofSeconds(1)), workers,
        scheduler) instanceof CachedRunner);
  }

  @Test
  void timedCollectorWithinItsTimeoutServesItsResult() {
    Scripted source = new Scripted(n -> false, n -> n == 2);
    CollectorRunner runner = runner(CollectorDefinition.of("quick", true, source).timeout(Duration.ofSeconds(5)));

    CollectorRunner.Result first = collect(runner);
    assertFalse(first.failed());
    assertEquals(1, run(first));
    assertTrue(Double.isNaN(first.cacheAgeSeconds()), "not cached: no age");

    CollectorRunner.Result second = collect(runner);
    assertTrue(second.failed(), "a failed member fails the collector");
    assertEquals(2, run(second), "and costs only its own samples");
  }

  @Test
  void hangingCollectorIsAnsweredWithinItsTimeoutAndNotStartedTwice() {
    Scripted source = new Scripted(n -> n == 1, n -> false);
    CollectorRunner runner = runner(CollectorDefinition.of("hang", true, source).timeout(Duration.ofMillis(300)));
    long[] millis = new long[1];

    CollectorRunner.Result first = timedCollect(runner, millis);
    assertTrue(first.failed());
    assertNull(first.snapshots());
    assertTrue(millis[0] >= 290 && millis[0] < 1_300, "answered after the 300ms timeout, took " + millis[0] + "ms");

    CollectorRunner.Result second = timedCollect(runner, millis);
    assertTrue(second.failed(), "still running from the first scrape");
    assertTrue(millis[0] < 250, "the overrunning run is not waited for again (300ms if it were), took " + millis[0] + "ms");
    assertEquals(1, source.runs.get(), "not started again while the first run goes on");

    source.release.countDown();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    CollectorRunner.Result after;
    do {
      after = collect(runner);
    } while (after.failed() && System.nanoTime() < deadline);
    assertFalse(after.failed(), "a new run starts once the late one ended");
    assertEquals(2, run(after), "the late result of run 1 was discarded, run 2 served");
  }

  /** Run 1 overflows the stack; later runs report {@code unit_run n}. */
  private static ExporterCollector overflowingOnce(AtomicInteger runs) {
    return errors -> {
      int run = runs.incrementAndGet();
      if (run == 1) {
        throw new StackOverflowError();
      }
      return MetricSnapshots.of(new GaugeSnapshot(RUN, List.of(new GaugeDataPointSnapshot(run, Labels.EMPTY, null))));
    };
  }

  @Test
  void aRunThrowsAVirtualMachineErrorButContainsEverythingElse() {
    assertThrows(StackOverflowError.class,
        () -> CollectorRunner.attempt(CollectorDefinition.of("overflow", true, overflowingOnce(new AtomicInteger())), new LongAdder()));
    ExporterCollector unchecked = errors -> {
      throw new IllegalStateException("broken");
    };
    assertTrue(CollectorRunner.attempt(CollectorDefinition.of("unchecked", true, unchecked), new LongAdder()).failed());
    ExporterCollector linkage = errors -> {
      throw new NoClassDefFoundError("com/example/Driver");
    };
    assertTrue(CollectorRunner.attempt(CollectorDefinition.of("linkage", true, linkage), new LongAdder()).failed());
  }

  @Test
  void aVirtualMachineErrorFailsTheScrapeAtOnceLoggedAtErrorAndTheNextRunGoesAhead() {
    AtomicInteger runs = new AtomicInteger();
    // no timeout and no deadline: a run whose error were lost would be waited for forever
    CollectorRunner runner = runner(CollectorDefinition.of("overflow", true, overflowingOnce(runs)));
    try (StderrCapture err = new StderrCapture()) {
      CollectorRunner.Result first = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> collect(runner));
      assertTrue(first.failed());
      assertNull(first.snapshots());
      assertTrue(err.lines().stream().anyMatch(line -> line.contains(
              "level=error msg=\"Collector failed with a fatal error\" collector=overflow err=StackOverflowError")),
          err.text());
    }
    CollectorRunner.Result second = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> collect(runner));
    assertFalse(second.failed());
    assertEquals(2, run(second));
  }

  @Test
  void aVirtualMachineErrorInACachedRefreshFailsItAndTheNextRefreshGoesAhead() throws Exception {
    AtomicInteger runs = new AtomicInteger();
    CollectorRunner runner = runner(CollectorDefinition.of("overflow-cached", true, overflowingOnce(runs))
        .cache(Duration.ofMillis(200)));
    CollectorRunner.Result first = collect(runner);
    assertTrue(first.failed());
    assertNull(first.snapshots());
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    CollectorRunner.Result later;
    do {
      Thread.sleep(50);
      later = collect(runner);
    } while (later.failed() && System.nanoTime() < deadline);
    assertFalse(later.failed(), "a later refresh ran on the same worker pool");
    assertTrue(run(later) >= 2);
  }

  @Test
  void concurrentScrapesShareOneRun() throws Exception {
    CountDownLatch inside = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    AtomicInteger runs = new AtomicInteger();
    ExporterCollector slow = errors -> {
      int run = runs.incrementAndGet();
      inside.countDown();
      try {
        release.await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return MetricSnapshots.of(new GaugeSnapshot(RUN, List.of(new GaugeDataPointSnapshot(run, Labels.EMPTY, null))));
    };
    CollectorRunner runner = runner(CollectorDefinition.of("shared", true, slow).timeout(Duration.ofSeconds(10)));
    ExecutorService scrapes = Executors.newFixedThreadPool(2);
    try {
      Future<CollectorRunner.Result> a = scrapes.submit(() -> collect(runner));
      assertTrue(inside.await(5, TimeUnit.SECONDS));
      Future<CollectorRunner.Result> b = scrapes.submit(() -> collect(runner));
      Thread.sleep(100);
      release.countDown();
      assertEquals(1, run(a.get(5, TimeUnit.SECONDS)));
      assertEquals(1, run(b.get(5, TimeUnit.SECONDS)));
      assertEquals(1, runs.get());
    } finally {
      scrapes.shutdownNow();
    }
  }

  @Test
  void cachedCollectorRefreshesInTheBackgroundAndServesItsLastResult() throws Exception {
    Scripted source = new Scripted(n -> false, n -> false);
    CollectorRunner runner = runner(CollectorDefinition.of("cached", true, source).cache(Duration.ofMillis(400)));

    CollectorRunner.Result first = collect(runner);
    assertFalse(first.failed());
    assertEquals(1, run(first), "the first scrape waits for the first refresh");
    assertTrue(first.cacheAgeSeconds() >= 0 && first.cacheAgeSeconds() < 0.4, "age " + first.cacheAgeSeconds());

    Thread.sleep(150);
    CollectorRunner.Result again = collect(runner);
    assertEquals(1, run(again), "served from the cache");
    assertTrue(again.cacheAgeSeconds() >= 0.14, "the age grows between refreshes: " + again.cacheAgeSeconds());
    assertEquals(1, source.runs.get(), "scrapes do not run a cached collector");

    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    while (source.runs.get() < 3 && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    assertTrue(source.runs.get() >= 3, "refreshed without scrapes: " + source.runs.get() + " runs");
    Thread.sleep(50);
    CollectorRunner.Result later = collect(runner);
    assertTrue(run(later) >= 3, "a later scrape serves a newer result: run " + run(later));
    assertTrue(later.cacheAgeSeconds() < 0.4 + 0.3, "never much older than the interval: " + later.cacheAgeSeconds());
  }

  @Test
  void cachedCollectorWithAFailingMemberServesItsSamplesAndReportsTheFailure() {
    Scripted source = new Scripted(n -> false, n -> true);
    CollectorRunner runner = runner(CollectorDefinition.of("flaky", true, source).cache(Duration.ofSeconds(30)));
    CollectorRunner.Result result = collect(runner);
    assertTrue(result.failed());
    assertEquals(1, run(result));
  }

  @Test
  void firstScrapeOfACachedCollectorWaitsAtMostTheTimeout() {
    Scripted source = new Scripted(n -> true, n -> false);
    CollectorRunner runner = runner(CollectorDefinition.of("slow-start", true, source)
        .cache(Duration.ofSeconds(30)).timeout(Duration.ofMillis(300)));
    long[] millis = new long[1];
    CollectorRunner.Result result = timedCollect(runner, millis);
    assertTrue(result.failed());
    assertNull(result.snapshots());
    assertTrue(millis[0] >= 290 && millis[0] < 1_300, "took " + millis[0] + "ms");
    source.release.countDown();
  }

  @Test
  void cachedRefreshThatOverrunsIsDiscardedAndTheOldResultAges() throws Exception {
    // run 1 is quick (well within a timeout a loaded machine still meets); run 2 hangs past the timeout until
    // released; run 3 is quick again
    Scripted source = new Scripted(n -> n == 2, n -> false);
    CollectorRunner runner = runner(CollectorDefinition.of("stuck", true, source)
        .cache(Duration.ofMillis(200)).timeout(Duration.ofMillis(500)));
    assertEquals(1, run(collect(runner)));

    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    CollectorRunner.Result stuck;
    do {
      Thread.sleep(20);
      stuck = collect(runner);
    } while (!stuck.failed() && System.nanoTime() < deadline);
    assertTrue(stuck.failed(), "an overrunning refresh fails the collector");
    assertEquals(1, run(stuck), "while the last good result is still served");
    Thread.sleep(600);
    CollectorRunner.Result older = collect(runner);
    assertTrue(older.failed());
    assertTrue(older.cacheAgeSeconds() > 0.6, "and its age shows it: " + older.cacheAgeSeconds());
    assertEquals(2, source.runs.get(), "no refresh starts while the stuck one goes on");

    source.release.countDown();
    deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    CollectorRunner.Result recovered;
    do {
      Thread.sleep(20);
      recovered = collect(runner);
    } while (recovered.failed() && System.nanoTime() < deadline);
    assertFalse(recovered.failed());
    assertTrue(run(recovered) >= 3, "the late run 2 was discarded: served run " + run(recovered));
  }

  @Test
  void onlyTheFirstScrapesWaitForAHungFirstRefresh() {
    Scripted source = new Scripted(n -> true, n -> false);
    CollectorRunner runner = runner(CollectorDefinition.of("hung-start", true, source)
        .cache(Duration.ofSeconds(30)).timeout(Duration.ofMillis(300)));
    long[] millis = new long[1];
    timedCollect(runner, millis);
    assertTrue(millis[0] < 1_300, "the first scrape waits at most the timeout: " + millis[0] + "ms");
    CollectorRunner.Result later = timedCollect(runner, millis);
    assertTrue(later.failed());
    assertTrue(millis[0] < 150, "later scrapes do not wait again for the hung first run: " + millis[0] + "ms");
    assertTrue(later.durationSeconds() >= 0.29, "and report how long it has been running: " + later.durationSeconds());
    source.release.countDown();
  }

  @Test
  void aHungRefreshWithoutTimeoutFailsAfterTheInterval() throws Exception {
    Scripted source = new Scripted(n -> n == 2, n -> false);
    CollectorRunner runner = runner(CollectorDefinition.of("hung-refresh", true, source).cache(Duration.ofMillis(200)));
    assertFalse(collect(runner).failed());
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    CollectorRunner.Result hung;
    do {
      Thread.sleep(20);
      hung = collect(runner);
    } while (!hung.failed() && System.nanoTime() < deadline);
    assertTrue(hung.failed(), "a refresh running longer than the interval counts as hung");
    assertEquals(1, run(hung), "the last good result is still served");
    source.release.countDown();
  }

  /** A collector that records the thread of each run, in which it reports {@code unit_run n}. */
  private static final class ThreadRecording implements ExporterCollector {
    final List<Thread> threads = new java.util.concurrent.CopyOnWriteArrayList<>();

    @Override
    public MetricSnapshots collect(MemberErrors errors) {
      threads.add(Thread.currentThread());
      return MetricSnapshots.of(new GaugeSnapshot(RUN, List.of(new GaugeDataPointSnapshot(threads.size(), Labels.EMPTY, null))));
    }

    @Override
    public List<io.prometheus.metrics.model.snapshots.MetricFamilyDescriptor> getMetricFamilyDescriptors() {
      return List.of();
    }
  }

  @Test
  void onlyAnOnDemandCollectorWithoutTimeoutMayRunOnTheScrapeThread() {
    assertTrue(runner(CollectorDefinition.of("plain", true, new ThreadRecording())).runsOnScrapeThread());
    assertFalse(runner(CollectorDefinition.of("timed", true, new ThreadRecording()).timeout(Duration.ofSeconds(1)))
        .runsOnScrapeThread());
    assertFalse(runner(CollectorDefinition.of("cached", true, new ThreadRecording()).cache(Duration.ofSeconds(60)))
        .runsOnScrapeThread());
  }

  @Test
  void withoutADeadlineTheScrapeThreadRunsTheCollectorAndNothingStartsBeforeItAwaits() {
    ThreadRecording source = new ThreadRecording();
    CollectorRunner runner = runner(CollectorDefinition.of("here", true, source));
    CollectorRunner.Claim claim = runner.claimOnScrapeThread();
    assertTrue(source.threads.isEmpty(), "claiming started a run");
    CollectorRunner.Result result = claim.await(CollectorRunner.NO_DEADLINE);
    assertFalse(result.failed());
    assertEquals(1, run(result));
    assertEquals(List.of(Thread.currentThread()), source.threads);
    assertTrue(result.durationSeconds() >= 0);
  }

  @Test
  void withADeadlineTheScrapeThreadClaimRunsOnAWorkerAndAnswersByTheDeadline() {
    Scripted source = new Scripted(n -> n == 1, n -> false);
    CollectorRunner runner = runner(CollectorDefinition.of("hung-here", true, source));
    long start = System.nanoTime();
    CollectorRunner.Result hung = assertTimeoutPreemptively(Duration.ofSeconds(10),
        () -> runner.claimOnScrapeThread().await(System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(300)));
    assertTrue(hung.failed());
    assertTrue(millisSince(start) >= 250, "answered before the deadline: " + millisSince(start) + "ms");
    // the abandoned run is not waited for again, not even by a scrape without a deadline
    CollectorRunner.Result again = assertTimeoutPreemptively(Duration.ofSeconds(10),
        () -> runner.claimOnScrapeThread().await(CollectorRunner.NO_DEADLINE));
    assertTrue(again.failed());
    assertEquals(1, source.runs.get());
    source.release.countDown();
  }

  @Test
  void aScrapeOnAnotherThreadJoinsTheRunGoingOnAScrapeThread() throws Exception {
    CountDownLatch inside = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    AtomicInteger runs = new AtomicInteger();
    ExporterCollector slow = errors -> {
      int run = runs.incrementAndGet();
      inside.countDown();
      try {
        release.await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return MetricSnapshots.of(new GaugeSnapshot(RUN, List.of(new GaugeDataPointSnapshot(run, Labels.EMPTY, null))));
    };
    CollectorRunner runner = runner(CollectorDefinition.of("shared-here", true, slow));
    ExecutorService scrapes = Executors.newFixedThreadPool(2);
    try {
      Future<CollectorRunner.Result> a = scrapes.submit(() -> runner.claimOnScrapeThread().await(CollectorRunner.NO_DEADLINE));
      assertTrue(inside.await(5, TimeUnit.SECONDS));
      Future<CollectorRunner.Result> b = scrapes.submit(() -> collect(runner));
      Thread.sleep(100);
      release.countDown();
      assertEquals(1, run(a.get(5, TimeUnit.SECONDS)));
      assertEquals(1, run(b.get(5, TimeUnit.SECONDS)));
      assertEquals(1, runs.get());
    } finally {
      scrapes.shutdownNow();
    }
  }

  @Test
  void aVirtualMachineErrorOnTheScrapeThreadFailsTheScrapeAndTheNextRunGoesAhead() {
    AtomicInteger runs = new AtomicInteger();
    CollectorRunner runner = runner(CollectorDefinition.of("overflow-here", true, overflowingOnce(runs)));
    try (StderrCapture err = new StderrCapture()) {
      CollectorRunner.Result first = runner.claimOnScrapeThread().await(CollectorRunner.NO_DEADLINE);
      assertTrue(first.failed());
      assertNull(first.snapshots());
      assertTrue(err.lines().stream().anyMatch(line -> line.contains(
          "msg=\"Collector failed with a fatal error\" collector=overflow-here err=StackOverflowError")), err.text());
    }
    CollectorRunner.Result second = runner.claimOnScrapeThread().await(CollectorRunner.NO_DEADLINE);
    assertFalse(second.failed());
    assertEquals(2, run(second));
  }

  @Test
  void stoppingInterruptsARunOnAScrapeThreadAndItsInterruptIsNotLeftSet() throws Exception {
    CountDownLatch inside = new CountDownLatch(1);
    AtomicInteger interrupted = new AtomicInteger();
    ExporterCollector blocking = errors -> {
      inside.countDown();
      try {
        new CountDownLatch(1).await();
      } catch (InterruptedException e) {
        interrupted.incrementAndGet();
        Thread.currentThread().interrupt();
      }
      return MetricSnapshots.of(new GaugeSnapshot(RUN, List.of(new GaugeDataPointSnapshot(1, Labels.EMPTY, null))));
    };
    CollectorRunner runner = runner(CollectorDefinition.of("stopped-here", true, blocking));
    ExecutorService scrapes = Executors.newSingleThreadExecutor();
    try {
      Future<Boolean> leftInterrupted = scrapes.submit(() -> {
        runner.claimOnScrapeThread().await(CollectorRunner.NO_DEADLINE);
        return Thread.currentThread().isInterrupted();
      });
      assertTrue(inside.await(5, TimeUnit.SECONDS));
      runner.stop();
      runner.awaitRunOnScrapeThread(System.nanoTime() + TimeUnit.SECONDS.toNanos(5));
      assertFalse(leftInterrupted.get(5, TimeUnit.SECONDS), "the scrape's thread still has a response to write");
      assertEquals(1, interrupted.get());
    } finally {
      scrapes.shutdownNow();
    }
  }

  @Test
  void aHungRunOfAnEarlierScrapeReportsItsAge() {
    Scripted source = new Scripted(n -> true, n -> false);
    CollectorRunner runner = runner(CollectorDefinition.of("hung", true, source).timeout(Duration.ofMillis(200)));
    collect(runner);
    CollectorRunner.Result again = collect(runner);
    assertTrue(again.failed());
    assertTrue(again.durationSeconds() >= 0.19, "not 0, which would look fastest: " + again.durationSeconds());
    source.release.countDown();
  }
}
