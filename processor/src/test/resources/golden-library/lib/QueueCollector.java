package lib;

import dev.exporterbuilder.annotations.KeyCase;
import dev.exporterbuilder.runtime.ExporterCollector;
import dev.exporterbuilder.runtime.MemberErrors;
import dev.exporterbuilder.runtime.generated.FamilyNames;
import dev.exporterbuilder.runtime.generated.KeyedFamily;
import io.prometheus.metrics.model.registry.MetricType;
import io.prometheus.metrics.model.snapshots.GaugeSnapshot;
import io.prometheus.metrics.model.snapshots.Labels;
import io.prometheus.metrics.model.snapshots.MetricFamilyDescriptor;
import io.prometheus.metrics.model.snapshots.MetricMetadata;
import io.prometheus.metrics.model.snapshots.MetricSnapshot;
import io.prometheus.metrics.model.snapshots.MetricSnapshots;
import java.lang.AssertionError;
import java.lang.Exception;
import java.lang.LinkageError;
import java.lang.Number;
import java.lang.Override;
import java.lang.String;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.annotation.processing.Generated;

/**
 * Collector {@code queue}: the metrics of {@link Queue}, read on every scrape.
 */
@Generated("dev.exporterbuilder.processor.ExporterProcessor")
public final class QueueCollector implements ExporterCollector {
  private final MetricMetadata depth;

  private final MetricMetadata openedCapacity;

  private final KeyedFamily statesFamilies;

  private final List<MetricFamilyDescriptor> families;

  private final Queue source;

  /**
   * Reads the members of {@code source} on each collection, its families named without namespace.
   */
  public QueueCollector(Queue source) {
    this(source, "");
  }

  /**
   * Reads the members of {@code source} on each collection, its families named under {@code namespace} (empty for none).
   */
  public QueueCollector(Queue source, String namespace) {
    this.source = Objects.requireNonNull(source, "source");
    Objects.requireNonNull(namespace, "namespace");
    this.depth = new MetricMetadata(name(namespace, "depth"), "Messages waiting.");
    this.openedCapacity = new MetricMetadata(name(namespace, "opened_capacity"),
        "Capacity the queue was opened with.");
    this.statesFamilies = KeyedFamily.gauge(name(namespace, ""), "_messages", "",
        "Messages in state {key}.", KeyCase.SNAKE_CASE);
    this.families = List.of(
            MetricFamilyDescriptor.of(MetricType.GAUGE, this.depth),
            MetricFamilyDescriptor.of(MetricType.GAUGE, this.openedCapacity));
  }

  @Override
  public MetricSnapshots collect(MemberErrors errors) {
    List<MetricSnapshot> snapshots = new ArrayList<>(3);
    FamilyNames names = new FamilyNames(this.families);
    readDepth(snapshots, errors);
    readOpenedCapacity(snapshots, errors);
    readStates(snapshots, errors, names);
    return new MetricSnapshots(snapshots);
  }

  private void readDepth(List<MetricSnapshot> snapshots, MemberErrors errors) {
    try {
      snapshots.add(gauge(this.depth, source.depth()));
    } catch (Exception | LinkageError | AssertionError e) {
      errors.failed("depth()", e);
    }
  }

  private void readOpenedCapacity(List<MetricSnapshot> snapshots, MemberErrors errors) {
    try {
      snapshots.add(gauge(this.openedCapacity, source.openedCapacity()));
    } catch (Exception | LinkageError | AssertionError e) {
      errors.failed("openedCapacity()", e);
    }
  }

  private void readStates(List<MetricSnapshot> snapshots, MemberErrors errors, FamilyNames names) {
    try {
      var keyed = source.states();
      if (keyed != null) {
        for (var family : keyed.entrySet()) {
          MetricMetadata metadata = this.statesFamilies.metadata(family.getKey(), names, errors, "states()");
          if (metadata != null) {
            Number value = family.getValue();
            if (value != null) {
              snapshots.add(gauge(metadata, value.doubleValue()));
            }
          }
        }
      }
    } catch (Exception | LinkageError | AssertionError e) {
      errors.failed("states()", e);
    }
  }

  @Override
  public List<MetricFamilyDescriptor> getMetricFamilyDescriptors() {
    return this.families;
  }

  @Override
  public boolean namesFamiliesFromData() {
    return true;
  }

  private static GaugeSnapshot gauge(MetricMetadata metadata, double value) {
    return new GaugeSnapshot(metadata, List.of(gaugePoint(value, Labels.EMPTY)));
  }

  private static GaugeSnapshot.GaugeDataPointSnapshot gaugePoint(double value, Labels labels) {
    return new GaugeSnapshot.GaugeDataPointSnapshot(value, labels, null);
  }

  private static String name(String namespace, String name) {
    return namespace.isEmpty() ? name : namespace + "_" + name;
  }
}
