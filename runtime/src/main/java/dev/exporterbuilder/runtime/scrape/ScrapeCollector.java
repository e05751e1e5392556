package dev.exporterbuilder.runtime.scrape;

import dev.exporterbuilder.annotations.contract.SelfMetrics;
import dev.exporterbuilder.runtime.generated.CollectorDefinition;
import dev.exporterbuilder.runtime.process.DaemonThreads;
import dev.exporterbuilder.runtime.process.FailureLog;
import io.prometheus.metrics.model.registry.MultiCollector;
import io.prometheus.metrics.model.registry.PrometheusScrapeRequest;
import io.prometheus.metrics.model.snapshots.CounterSnapshot;
import io.prometheus.metrics.model.snapshots.CounterSnapshot.CounterDataPointSnapshot;
import io.prometheus.metrics.model.snapshots.GaugeSnapshot;
import io.prometheus.metrics.model.snapshots.GaugeSnapshot.GaugeDataPointSnapshot;
import io.prometheus.metrics.model.snapshots.Labels;
import io.prometheus.metrics.model.snapshots.MetricFamilyDescriptor;
import io.prometheus.metrics.model.snapshots.MetricMetadata;
import io.prometheus.metrics.model.snapshots.MetricSnapshot;
import io.prometheus.metrics.model.snapshots.MetricSnapshots;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * The enabled collectors of an exporter as one client_java collector, plus the scrape self-metrics
 * {@code <ns>_scrape_collector_duration_seconds{collector}},
 * {@code <ns>_scrape_collector_success{collector}}, for cached collectors
 * {@code <ns>_scrape_collector_cache_age_seconds{collector}} and, for collectors that name families
 * from data, {@code <ns>_scrape_collector_dropped_samples_total{collector}}.
 *
 * <p>{@code PrometheusRegistry.scrape()} has no per-collector try/catch, so this class is where a
 * failing collector is contained: whatever it throws costs only its own samples, sets its success
 * to 0 and is logged through {@link FailureLog}; the scrape goes on. A family named from data (one
 * its collector does not declare) whose name another collector's family or the runtime's has is
 * dropped instead: counted as dropped samples, success unchanged. How each collector runs
 * (on demand or cached, bounded by what) is its {@link CollectorRunner}'s business.
 */
public final class ScrapeCollector implements MultiCollector, AutoCloseable {

  /** How long {@link #close()} waits for collector runs in progress to end. */
  static final long RUNS_END_TIMEOUT_NANOS = TimeUnit.SECONDS.toNanos(2);

  private final List<CollectorRunner> runners;
  private final Labels[] collectorLabels;
  /** Per collector, the constant labels put on its samples. */
  private final ConstLabels[] constLabels;
  private final MetricMetadata durationMetadata;
  private final MetricMetadata successMetadata;
  private final MetricMetadata cacheAgeMetadata;
  private final MetricMetadata droppedMetadata;
  private final boolean anyCached;
  /** Per collector, whether it names families from data. */
  private final boolean[] namesFromData;
  private final boolean anyNamesFromData;
  /** The names of the runtime's own families, which a family named from data must not take. */
  private final Set<String> selfNames;
  /** Per collector, the families it declares: any other it emits is named from data. */
  private final List<Set<String>> fixedNames;
  /** The families every enabled collector declares, which a family named from data must not take. */
  private final Set<String> allFixedNames;
  private final List<MetricFamilyDescriptor> descriptors;
  private final ExecutorService workers;
  private final ScheduledExecutorService scheduler;

  /**
   * @param enabled the collectors to run, in the order they are called
   */
  public ScrapeCollector(String exporterName, String namespace, List<CollectorDefinition> enabled) {
    this(exporterName, namespace, enabled, Collections.nCopies(enabled.size(), ConstLabels.NONE));
  }

  /**
   * @param enabled the collectors to run, in the order they are called
   * @param constLabels per collector, the labels put on every sample it yields
   */
  public ScrapeCollector(String exporterName, String namespace, List<CollectorDefinition> enabled,
      List<ConstLabels> constLabels) {
    this.constLabels = constLabels.toArray(ConstLabels[]::new);
    this.anyCached = enabled.stream().anyMatch(c -> !c.cache().isZero());
    this.workers = workers(enabled.size());
    this.scheduler = anyCached ? Executors.newSingleThreadScheduledExecutor(DaemonThreads.named("exporter-cache-")) : null;
    this.runners = enabled.stream().map(c -> CollectorRunner.of(c, workers, scheduler)).toList();
    this.collectorLabels = enabled.stream().map(c -> Labels.of("collector", c.name())).toArray(Labels[]::new);
    String durationName = namespace + "_" + SelfMetrics.COLLECTOR_DURATION;
    String durationHelp = exporterName + ": Duration of a collector scrape.";
    String successName = namespace + "_" + SelfMetrics.COLLECTOR_SUCCESS;
    String successHelp = exporterName + ": Whether a collector succeeded.";
    String cacheAgeName = namespace + "_" + SelfMetrics.COLLECTOR_CACHE_AGE;
    String cacheAgeHelp = exporterName + ": Age of the cached result a collector served.";
    this.durationMetadata = new MetricMetadata(durationName, durationHelp);
    this.successMetadata = new MetricMetadata(successName, successHelp);
    this.cacheAgeMetadata = new MetricMetadata(cacheAgeName, cacheAgeHelp);
    this.droppedMetadata = new MetricMetadata(namespace + "_" + SelfMetrics.COLLECTOR_DROPPED_SAMPLES,
        exporterName + ": Samples of families named from data that a collector dropped, their name being invalid or taken.");
    this.namesFromData = new boolean[enabled.size()];
    for (int i = 0; i < enabled.size(); i++) {
      namesFromData[i] = enabled.get(i).collector().namesFamiliesFromData();
    }
    this.anyNamesFromData = enabled.stream().anyMatch(c -> c.collector().namesFamiliesFromData());
    this.selfNames = SelfMetrics.NAMES.stream().map(self -> namespace + "_" + self).collect(Collectors.toSet());
    List<MetricFamilyDescriptor> all = new ArrayList<>();
    List<Set<String>> fixed = new ArrayList<>(enabled.size());
    for (CollectorDefinition collector : enabled) {
      List<MetricFamilyDescriptor> declared = collector.collector().getMetricFamilyDescriptors();
      all.addAll(declared);
      fixed.add(declared.stream().map(MetricFamilyDescriptor::getPrometheusName).collect(Collectors.toSet()));
    }
    this.fixedNames = List.copyOf(fixed);
    this.allFixedNames = fixed.stream().flatMap(Set::stream).collect(Collectors.toSet());
    all.add(MetricFamilyDescriptor.gauge(durationName).help(durationHelp).labelNames("collector").build());
    all.add(MetricFamilyDescriptor.gauge(successName).help(successHelp).labelNames("collector").build());
    if (anyCached) {
      all.add(MetricFamilyDescriptor.gauge(cacheAgeName).help(cacheAgeHelp).labelNames("collector").build());
    }
    // client_java's registry asks a collector for a name[]-filtered scrape only if one of the names it
    // declared is asked for: a family named from data would never be, so declare none then
    this.descriptors = anyNamesFromData ? List.of() : List.copyOf(all);
  }

  /** Starts the background refresh of cached collectors; their first run begins at once. */
  public void start() {
    runners.forEach(CollectorRunner::start);
  }

  /**
   * Stops refreshing, interrupts collector runs in progress (on workers or on scrapes' threads) and
   * waits up to {@link #RUNS_END_TIMEOUT_NANOS} for them to end, so that closing the collectors' objects next
   * does not pull a connection from under a run still reading it.
   */
  @Override
  public void close() {
    runners.forEach(CollectorRunner::stop);
    if (scheduler != null) {
      scheduler.shutdownNow();
    }
    workers.shutdownNow();
    long deadline = System.nanoTime() + RUNS_END_TIMEOUT_NANOS;
    try {
      workers.awaitTermination(RUNS_END_TIMEOUT_NANOS, TimeUnit.NANOSECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return;
    }
    for (CollectorRunner runner : runners) {
      runner.awaitRunOnScrapeThread(deadline);
    }
  }

  /** The names of the enabled collectors, in order. */
  public List<String> names() {
    return runners.stream().map(CollectorRunner::name).toList();
  }

  /** Runs every collector without a deadline: a registry scraped by hand, or a test. */
  @Override
  public MetricSnapshots collect() {
    return collect(ScrapeContext.NONE);
  }

  /** Runs the collectors for a scrape, as the {@link ScrapeContext} of {@code request} asks. */
  @Override
  public MetricSnapshots collect(PrometheusScrapeRequest request) {
    return collect(ScrapeContext.of(request));
  }

  /**
   * Runs the collectors {@code context} includes, concurrently, each bounded by the scrape's
   * deadline and its own timeout, and adds the self-metrics of each. Without a deadline, one
   * collector without a timeout runs on this thread, see {@link #onScrapeThread}.
   */
  private MetricSnapshots collect(ScrapeContext context) {
    int here = onScrapeThread(context);
    CollectorRunner.Claim[] claims = new CollectorRunner.Claim[runners.size()];
    for (int i = 0; i < claims.length; i++) {
      CollectorRunner runner = runners.get(i);
      if (context.includes(runner.name())) {
        claims[i] = i == here ? runner.claimOnScrapeThread() : runner.claim();
      }
    }
    CollectorRunner.Result[] results = new CollectorRunner.Result[claims.length];
    if (here >= 0) {
      results[here] = claims[here].await(context.deadlineNanos()); // while the others run on workers
    }
    for (int i = 0; i < claims.length; i++) {
      if (claims[i] != null && results[i] == null) {
        results[i] = claims[i].await(context.deadlineNanos());
      }
    }
    List<MetricSnapshot> snapshots = new ArrayList<>();
    Set<String> names = new HashSet<>(selfNames);
    List<CounterDataPointSnapshot> dropped = new ArrayList<>();
    List<GaugeDataPointSnapshot> durations = new ArrayList<>(runners.size());
    List<GaugeDataPointSnapshot> successes = new ArrayList<>(runners.size());
    List<GaugeDataPointSnapshot> cacheAges = new ArrayList<>();
    for (int i = 0; i < runners.size(); i++) {
      CollectorRunner.Result result = results[i];
      if (result == null) {
        continue;
      }
      CollectorRunner runner = runners.get(i);
      boolean failed = result.failed();
      if (result.snapshots() != null) {
        for (MetricSnapshot snapshot : result.snapshots()) {
          String name = snapshot.getMetadata().getPrometheusName();
          if (namesFromData[i] && !fixedNames.get(i).contains(name)) {
            // named from data: a taken name is data, not a failure, whichever collector ran first
            if (!allFixedNames.contains(name) && names.add(name)) {
              snapshots.add(constLabels[i].apply(snapshot));
            } else {
              runner.dropped.add(snapshot.getDataPoints().size());
              FailureLog.familyDropped(runner.name(), name, snapshot.getDataPoints().size(),
                  "its name is taken by a family of another collector or of the exporter");
            }
          } else if (names.add(name)) {
            snapshots.add(constLabels[i].apply(snapshot));
          } else {
            // two collectors emitting one family would fail the whole scrape when merged
            failed = true;
            FailureLog.memberFailed(runner.name(), name,
                new IllegalStateException("metric family emitted by another collector too; dropped"));
          }
        }
      }
      durations.add(new GaugeDataPointSnapshot(result.durationSeconds(), collectorLabels[i], null));
      successes.add(new GaugeDataPointSnapshot(failed ? 0 : 1, collectorLabels[i], null));
      if (!Double.isNaN(result.cacheAgeSeconds())) {
        cacheAges.add(new GaugeDataPointSnapshot(result.cacheAgeSeconds(), collectorLabels[i], null));
      }
      if (namesFromData[i]) {
        dropped.add(new CounterDataPointSnapshot(runner.dropped.sum(), collectorLabels[i], null, 0));
      }
    }
    snapshots.add(new GaugeSnapshot(durationMetadata, durations));
    snapshots.add(new GaugeSnapshot(successMetadata, successes));
    if (anyCached) {
      snapshots.add(new GaugeSnapshot(cacheAgeMetadata, cacheAges));
    }
    if (anyNamesFromData) {
      snapshots.add(new CounterSnapshot(droppedMetadata, dropped));
    }
    return new MetricSnapshots(snapshots);
  }

  /**
   * The collector this scrape runs on its own thread: the last one it includes that
   * {@linkplain CollectorRunner#runsOnScrapeThread() may run there}, if the scrape has no deadline
   * (with one, the scrape must be able to answer while a run goes on); -1 for none.
   */
  private int onScrapeThread(ScrapeContext context) {
    if (context.deadlineNanos() != CollectorRunner.NO_DEADLINE) {
      return -1;
    }
    for (int i = runners.size() - 1; i >= 0; i--) {
      CollectorRunner runner = runners.get(i);
      if (runner.runsOnScrapeThread() && context.includes(runner.name())) {
        return i;
      }
    }
    return -1;
  }

  @Override
  public List<MetricFamilyDescriptor> getMetricFamilyDescriptors() {
    return descriptors;
  }

  /**
   * The threads collectors run on: one per collector is all they can use, as no collector has two
   * runs at a time; idle ones end after a minute.
   */
  private static ThreadPoolExecutor workers(int collectors) {
    ThreadPoolExecutor pool = new ThreadPoolExecutor(Math.max(1, collectors), Math.max(1, collectors), 60,
        TimeUnit.SECONDS, new LinkedBlockingQueue<>(), DaemonThreads.named("exporter-collector-"));
    pool.allowCoreThreadTimeOut(true);
    return pool;
  }
}
