package dev.exporterbuilder.bench.handwritten;

import dev.exporterbuilder.bench.FamilyMaps;
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
import java.util.Map;

/**
 * The baseline of the maps workload: the ten {@link FamilyMaps} families read by hand against
 * client_java 1.x, as carefully as {@link HandwrittenCollector} (metadata built once, snapshot
 * constructors, lists sized once), serving what the generated {@code FamilyMapsCollector} serves:
 * {@code <namespace>_map_family_<f>_value}, one series per map entry, the key its label {@code id}.
 */
public final class HandwrittenMapsCollector implements MultiCollector {

  private final FamilyMaps source;
  private final MetricMetadata[] metadata = new MetricMetadata[10];
  private final List<MetricFamilyDescriptor> descriptors;

  /**
   * @param source the maps read on each collection
   * @param namespace the prefix of every family name (joined with {@code _})
   */
  public HandwrittenMapsCollector(FamilyMaps source, String namespace) {
    this.source = source;
    List<MetricFamilyDescriptor> declared = new ArrayList<>(metadata.length);
    for (int f = 0; f < metadata.length; f++) {
      metadata[f] = new MetricMetadata(namespace + "_map_family_" + f + "_value", FamilyMaps.HELP);
      declared.add(MetricFamilyDescriptor.of(MetricType.GAUGE, metadata[f], List.of("id")));
    }
    descriptors = List.copyOf(declared);
  }

  @Override
  public MetricSnapshots collect() {
    List<MetricSnapshot> snapshots = new ArrayList<>(metadata.length);
    snapshots.add(family(metadata[0], source.family0()));
    snapshots.add(family(metadata[1], source.family1()));
    snapshots.add(family(metadata[2], source.family2()));
    snapshots.add(family(metadata[3], source.family3()));
    snapshots.add(family(metadata[4], source.family4()));
    snapshots.add(family(metadata[5], source.family5()));
    snapshots.add(family(metadata[6], source.family6()));
    snapshots.add(family(metadata[7], source.family7()));
    snapshots.add(family(metadata[8], source.family8()));
    snapshots.add(family(metadata[9], source.family9()));
    return new MetricSnapshots(snapshots);
  }

  private static GaugeSnapshot family(MetricMetadata metadata, Map<String, Double> values) {
    List<GaugeDataPointSnapshot> points = new ArrayList<>(values.size());
    for (Map.Entry<String, Double> entry : values.entrySet()) {
      points.add(new GaugeDataPointSnapshot(entry.getValue(), Labels.of("id", entry.getKey()), null));
    }
    return new GaugeSnapshot(metadata, points);
  }

  @Override
  public List<MetricFamilyDescriptor> getMetricFamilyDescriptors() {
    return descriptors;
  }
}
