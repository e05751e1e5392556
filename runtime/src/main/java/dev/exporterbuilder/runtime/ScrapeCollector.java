package dev.exporterbuilder.runtime;

import io.prometheus.metrics.model.registry.MultiCollector;
import io.prometheus.metrics.model.snapshots.GaugeSnapshot;
import io.prometheus.metrics.model.snapshots.GaugeSnapshot.GaugeDataPointSnapshot;
import io.prometheus.metrics.model.snapshots.Labels;
import io.prometheus.metrics.model.snapshots.MetricFamilyDescriptor;
import io.prometheus.metrics.model.snapshots.MetricMetadata;
import io.prometheus.metrics.model.snapshots.MetricSnapshot;
import io.prometheus.metrics.model.snapshots.MetricSnapshots;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The enabled collectors of an exporter as one client_java collector, plus the scrape self-metrics
 * {@code <ns>_scrape_collector_duration_seconds{collector}} and
 * {@code <ns>_scrape_collector_success{collector}}.
 *
 * <p>{@code PrometheusRegistry.scrape()} has no per-collector try/catch, so this class is where a
 * failing collector is contained: whatever it throws costs only its own samples, sets its success
 * to 0 and is logged through {@link FailureLog}; the scrape goes on.
 */
final class ScrapeCollector implements MultiCollector {

  private final List<CollectorDefinition> collectors;
  private final Labels[] collectorLabels;
  private final MetricMetadata durationMetadata;
  private final MetricMetadata successMetadata;
  private final List<MetricFamilyDescriptor> descriptors;

  /**
   * @param enabled the collectors to run, in the order they are called
   */
  ScrapeCollector(String exporterName, String namespace, List<CollectorDefinition> enabled) {
    this.collectors = List.copyOf(enabled);
    this.collectorLabels = collectors.stream().map(c -> Labels.of("collector", c.name())).toArray(Labels[]::new);
    String durationName = namespace + "_scrape_collector_duration_seconds";
    String durationHelp = exporterName + ": Duration of a collector scrape.";
    String successName = namespace + "_scrape_collector_success";
    String successHelp = exporterName + ": Whether a collector succeeded.";
    this.durationMetadata = new MetricMetadata(durationName, durationHelp);
    this.successMetadata = new MetricMetadata(successName, successHelp);
    List<MetricFamilyDescriptor> all = new ArrayList<>();
    for (CollectorDefinition collector : collectors) {
      all.addAll(collector.collector().getMetricFamilyDescriptors());
    }
    all.add(MetricFamilyDescriptor.gauge(durationName).help(durationHelp).labelNames("collector").build());
    all.add(MetricFamilyDescriptor.gauge(successName).help(successHelp).labelNames("collector").build());
    this.descriptors = List.copyOf(all);
  }

  @Override
  public MetricSnapshots collect() {
    List<MetricSnapshot> snapshots = new ArrayList<>();
    Set<String> names = new HashSet<>();
    List<GaugeDataPointSnapshot> durations = new ArrayList<>(collectors.size());
    List<GaugeDataPointSnapshot> successes = new ArrayList<>(collectors.size());
    for (int i = 0; i < collectors.size(); i++) {
      CollectorDefinition collector = collectors.get(i);
      Outcome outcome = new Outcome(collector.name());
      long start = System.nanoTime();
      try {
        MetricSnapshots collected = collector.collector().collect(outcome);
        if (collected != null) {
          for (MetricSnapshot snapshot : collected) {
            if (names.add(snapshot.getMetadata().getPrometheusName())) {
              snapshots.add(snapshot);
            } else {
              // two collectors emitting one family would fail the whole scrape when merged
              outcome.failed(snapshot.getMetadata().getPrometheusName(),
                  new IllegalStateException("metric family emitted by another collector too; dropped"));
            }
          }
        }
      } catch (Throwable e) {
        outcome.collectorFailed(e);
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      durations.add(new GaugeDataPointSnapshot(seconds, collectorLabels[i], null));
      successes.add(new GaugeDataPointSnapshot(outcome.failed ? 0 : 1, collectorLabels[i], null));
    }
    snapshots.add(new GaugeSnapshot(durationMetadata, durations));
    snapshots.add(new GaugeSnapshot(successMetadata, successes));
    return new MetricSnapshots(snapshots);
  }

  @Override
  public List<MetricFamilyDescriptor> getMetricFamilyDescriptors() {
    return descriptors;
  }

  /** The {@link MemberErrors} of one collector in one scrape: remembers that something failed. */
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
