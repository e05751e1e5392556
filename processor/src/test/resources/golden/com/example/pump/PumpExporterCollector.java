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
import java.lang.AssertionError;
import java.lang.Exception;
import java.lang.LinkageError;
import java.lang.Override;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.annotation.processing.Generated;

/**
 * Collector {@code pump_station}: the metrics of {@link PumpExporter}, read on every scrape.
 */
@Generated("dev.exporterbuilder.processor.ExporterProcessor")
public final class PumpExporterCollector implements ExporterCollector {
  private static final MetricMetadata GATEWAY_UP = new MetricMetadata("pump_station_gateway_up",
      "Whether the gateway answered the last poll.");

  private static final List<MetricFamilyDescriptor> FAMILIES = List.of(
      MetricFamilyDescriptor.of(MetricType.GAUGE, GATEWAY_UP));

  private final PumpExporter source;

  /**
   * Reads the members of {@code source} on each collection.
   */
  public PumpExporterCollector(PumpExporter source) {
    this.source = Objects.requireNonNull(source, "source");
  }

  @Override
  public MetricSnapshots collect(MemberErrors errors) {
    List<MetricSnapshot> snapshots = new ArrayList<>(1);
    readIsGatewayUp(snapshots, errors);
    return new MetricSnapshots(snapshots);
  }

  private void readIsGatewayUp(List<MetricSnapshot> snapshots, MemberErrors errors) {
    try {
      snapshots.add(gauge(GATEWAY_UP, source.isGatewayUp() ? 1 : 0));
    } catch (Exception | LinkageError | AssertionError e) {
      errors.failed("isGatewayUp()", e);
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
