package com.example.pump;

import dev.exporterbuilder.runtime.ExporterCollector;
import dev.exporterbuilder.runtime.MemberErrors;
import dev.exporterbuilder.runtime.generated.Samples;
import io.prometheus.metrics.model.registry.MetricType;
import io.prometheus.metrics.model.snapshots.CounterSnapshot;
import io.prometheus.metrics.model.snapshots.Labels;
import io.prometheus.metrics.model.snapshots.MetricFamilyDescriptor;
import io.prometheus.metrics.model.snapshots.MetricMetadata;
import io.prometheus.metrics.model.snapshots.MetricSnapshot;
import io.prometheus.metrics.model.snapshots.MetricSnapshots;
import java.lang.AssertionError;
import java.lang.Exception;
import java.lang.LinkageError;
import java.lang.Override;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.annotation.processing.Generated;

/**
 * Collector {@code diagnostics}: the metrics of {@link Diagnostics}, read on every scrape.
 */
@Generated("dev.exporterbuilder.processor.ExporterProcessor")
public final class DiagnosticsCollector implements ExporterCollector {
  private static final MetricMetadata BAD_FRAMES = new MetricMetadata("pump_station_bad_frames",
      "Modbus frames with a bad checksum.");

  private static final List<MetricFamilyDescriptor> FAMILIES = List.of(
      MetricFamilyDescriptor.of(MetricType.COUNTER, BAD_FRAMES));

  private final Diagnostics source;

  /**
   * Reads the members of {@code source} on each collection.
   */
  public DiagnosticsCollector(Diagnostics source) {
    this.source = Objects.requireNonNull(source, "source");
  }

  @Override
  public MetricSnapshots collect(MemberErrors errors) {
    List<MetricSnapshot> snapshots = new ArrayList<>(1);
    readBadFrames(snapshots, errors);
    return new MetricSnapshots(snapshots);
  }

  private void readBadFrames(List<MetricSnapshot> snapshots, MemberErrors errors) {
    try {
      snapshots.add(counter(BAD_FRAMES, source.badFrames()));
    } catch (Exception | LinkageError | AssertionError e) {
      errors.failed("badFrames()", e);
    }
  }

  @Override
  public List<MetricFamilyDescriptor> getMetricFamilyDescriptors() {
    return FAMILIES;
  }

  private static CounterSnapshot counter(MetricMetadata metadata, double value) {
    return new CounterSnapshot(metadata, List.of(counterPoint(value, Labels.EMPTY)));
  }

  /**
   * A counter data point; a negative or NaN value fails the member.
   */
  private static CounterSnapshot.CounterDataPointSnapshot counterPoint(double value,
      Labels labels) {
    return new CounterSnapshot.CounterDataPointSnapshot(Samples.counterValue(value),
        labels, null, 0);
  }
}
