package dev.exporterbuilder.runtime;

import io.prometheus.metrics.model.snapshots.GaugeSnapshot;
import io.prometheus.metrics.model.snapshots.GaugeSnapshot.GaugeDataPointSnapshot;
import io.prometheus.metrics.model.snapshots.Labels;
import io.prometheus.metrics.model.snapshots.MetricFamilyDescriptor;
import io.prometheus.metrics.model.snapshots.MetricMetadata;
import io.prometheus.metrics.model.snapshots.MetricSnapshot;
import io.prometheus.metrics.model.snapshots.MetricSnapshots;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Written by hand the way the processor writes collectors: one gauge per member, metadata built
 * once, a member that may fail (reported to {@link MemberErrors}, costing only its own sample).
 */
public final class GaugeCollector implements ExporterCollector {

  private final MetricMetadata metadata;
  private final MetricFamilyDescriptor descriptor;
  private final MetricMetadata failingMetadata;
  private final MetricFamilyDescriptor failingDescriptor;
  private final double value;
  private final String failure;
  final AtomicInteger calls = new AtomicInteger();
  volatile String lastThreadName;
  volatile boolean lastThreadDaemon;

  /**
   * @param metricName the gauge that always works
   * @param failure null, or the message of the IOException a second member {@code reading()} throws
   */
  public GaugeCollector(String metricName, double value, String failure) {
    this.metadata = new MetricMetadata(metricName, "A value for " + metricName + ".");
    this.descriptor = MetricFamilyDescriptor.gauge(metricName).help(metadata.getHelp()).build();
    this.failingMetadata = new MetricMetadata(metricName + "_reading", "A reading that may fail.");
    this.failingDescriptor = MetricFamilyDescriptor.gauge(failingMetadata.getName()).help(failingMetadata.getHelp()).build();
    this.value = value;
    this.failure = failure;
  }

  @Override
  public MetricSnapshots collect(MemberErrors errors) {
    calls.incrementAndGet();
    lastThreadName = Thread.currentThread().getName();
    lastThreadDaemon = Thread.currentThread().isDaemon();
    List<MetricSnapshot> snapshots = new ArrayList<>();
    snapshots.add(new GaugeSnapshot(metadata, List.of(new GaugeDataPointSnapshot(value, Labels.EMPTY, null))));
    try {
      snapshots.add(new GaugeSnapshot(failingMetadata, List.of(new GaugeDataPointSnapshot(reading(), Labels.EMPTY, null))));
    } catch (IOException e) {
      errors.failed("reading()", e);
    }
    return new MetricSnapshots(snapshots);
  }

  private double reading() throws IOException {
    if (failure != null) {
      throw new IOException(failure);
    }
    return 7;
  }

  @Override
  public List<MetricFamilyDescriptor> getMetricFamilyDescriptors() {
    return List.of(descriptor, failingDescriptor);
  }
}
