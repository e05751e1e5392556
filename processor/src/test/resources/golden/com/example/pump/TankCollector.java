package com.example.pump;

import dev.exporterbuilder.runtime.ExporterCollector;
import dev.exporterbuilder.runtime.MemberErrors;
import io.prometheus.metrics.model.registry.MetricType;
import io.prometheus.metrics.model.snapshots.GaugeSnapshot;
import io.prometheus.metrics.model.snapshots.Labels;
import io.prometheus.metrics.model.snapshots.MetricFamilyDescriptor;
import io.prometheus.metrics.model.snapshots.MetricMetadata;
import io.prometheus.metrics.model.snapshots.MetricSnapshot;
import io.prometheus.metrics.model.snapshots.MetricSnapshots;
import io.prometheus.metrics.model.snapshots.Unit;
import java.lang.AssertionError;
import java.lang.Exception;
import java.lang.LinkageError;
import java.lang.Override;
import java.util.ArrayList;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * Collector {@code tank}: the metrics of {@link Tank}, read on every scrape.
 */
@Generated("dev.exporterbuilder.processor.ExporterProcessor")
public final class TankCollector implements ExporterCollector {
  private static final MetricMetadata LEVEL = new MetricMetadata("pump_station_level_meters",
      "Water level. (cached, refreshed every 1m30s)", Unit.METERS);

  private static final MetricMetadata VOLUME_TOTAL = new MetricMetadata(
      "pump_station_volume_total_cubic_meters",
      "Volume of the tank when full. (cached, refreshed every 1m30s)", new Unit("cubic_meters"));

  private static final List<MetricFamilyDescriptor> FAMILIES = List.of(
      MetricFamilyDescriptor.of(MetricType.GAUGE, LEVEL),
      MetricFamilyDescriptor.of(MetricType.GAUGE, VOLUME_TOTAL));

  /**
   * Reads the static members of {@link Tank} on each collection.
   */
  public TankCollector() {
  }

  @Override
  public MetricSnapshots collect(MemberErrors errors) {
    List<MetricSnapshot> snapshots = new ArrayList<>(2);
    readLevel(snapshots, errors);
    readVolume(snapshots, errors);
    return new MetricSnapshots(snapshots);
  }

  private void readLevel(List<MetricSnapshot> snapshots, MemberErrors errors) {
    try {
      snapshots.add(gauge(LEVEL, Tank.level()));
    } catch (Exception | LinkageError | AssertionError e) {
      errors.failed("level()", e);
    }
  }

  private void readVolume(List<MetricSnapshot> snapshots, MemberErrors errors) {
    try {
      snapshots.add(gauge(VOLUME_TOTAL, Tank.volume()));
    } catch (Exception | LinkageError | AssertionError e) {
      errors.failed("volume()", e);
    }
  }

  @Override
  public List<MetricFamilyDescriptor> getMetricFamilyDescriptors() {
    return FAMILIES;
  }

  private static GaugeSnapshot gauge(MetricMetadata metadata, double value) {
    return new GaugeSnapshot(metadata, List.of(gaugePoint(value, Labels.EMPTY)));
  }

  private static GaugeSnapshot.GaugeDataPointSnapshot gaugePoint(double value, Labels labels) {
    return new GaugeSnapshot.GaugeDataPointSnapshot(value, labels, null);
  }
}
