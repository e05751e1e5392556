package dev.exporterbuilder.bench.handwritten;

import io.prometheus.metrics.model.registry.MetricType;
import io.prometheus.metrics.model.registry.MultiCollector;
import io.prometheus.metrics.model.snapshots.GaugeSnapshot;
import io.prometheus.metrics.model.snapshots.GaugeSnapshot.GaugeDataPointSnapshot;
import io.prometheus.metrics.model.snapshots.Labels;
import io.prometheus.metrics.model.snapshots.MetricFamilyDescriptor;
import io.prometheus.metrics.model.snapshots.MetricMetadata;
import io.prometheus.metrics.model.snapshots.MetricSnapshot;
import io.prometheus.metrics.model.snapshots.MetricSnapshots;
import java.util.ArrayList;
import java.util.List;

/**
 * The baseline: the benchmark's collector written by hand against client_java 1.x, the way a careful
 * engineer would (metadata built once, snapshot constructors rather than builders, label values
 * prepared once), serving what the generated {@code families} collector serves: {@code families}
 * gauge families {@code bench_family_<f>_value} of {@code series} series each, label {@code id}
 * 0 to series-1, value {@code id * 1.5 + f}, computed on every collection.
 */
public final class HandwrittenCollector implements MultiCollector {

  /** The help text of every family, as the generated collector has it. */
  public static final String HELP = "Synthetic gauge family for scrape benchmarks.";

  private final MetricMetadata[] metadata;
  private final String[] ids;
  private final List<MetricFamilyDescriptor> descriptors;

  /**
   * @param families the number of gauge families
   * @param series the series per family
   */
  public HandwrittenCollector(int families, int series) {
    metadata = new MetricMetadata[families];
    List<MetricFamilyDescriptor> declared = new ArrayList<>(families);
    for (int f = 0; f < families; f++) {
      metadata[f] = new MetricMetadata("bench_family_" + f + "_value", HELP);
      declared.add(MetricFamilyDescriptor.of(MetricType.GAUGE, metadata[f], List.of("id")));
    }
    descriptors = List.copyOf(declared);
    ids = new String[series];
    for (int i = 0; i < series; i++) {
      ids[i] = Integer.toString(i);
    }
  }

  @Override
  public MetricSnapshots collect() {
    List<MetricSnapshot> snapshots = new ArrayList<>(metadata.length);
    for (int f = 0; f < metadata.length; f++) {
      List<GaugeDataPointSnapshot> points = new ArrayList<>(ids.length);
      for (int i = 0; i < ids.length; i++) {
        points.add(new GaugeDataPointSnapshot(i * 1.5 + f, Labels.of("id", ids[i]), null));
      }
      snapshots.add(new GaugeSnapshot(metadata[f], points));
    }
    return new MetricSnapshots(snapshots);
  }

  @Override
  public List<MetricFamilyDescriptor> getMetricFamilyDescriptors() {
    return descriptors;
  }
}
