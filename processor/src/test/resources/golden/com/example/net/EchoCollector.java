package com.example.net;

import dev.exporterbuilder.runtime.MemberErrors;
import dev.exporterbuilder.runtime.generated.ProbeCollector;
import io.prometheus.metrics.model.snapshots.GaugeSnapshot;
import io.prometheus.metrics.model.snapshots.Labels;
import io.prometheus.metrics.model.snapshots.MetricMetadata;
import io.prometheus.metrics.model.snapshots.MetricSnapshot;
import io.prometheus.metrics.model.snapshots.MetricSnapshots;
import java.lang.AssertionError;
import java.lang.Exception;
import java.lang.LinkageError;
import java.lang.NullPointerException;
import java.lang.Override;
import java.lang.String;
import java.lang.Void;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import javax.annotation.processing.Generated;

/**
 * Probe {@code echo}: the metrics of {@link Echo}, read for one target per request.
 */
@Generated("dev.exporterbuilder.processor.ExporterProcessor")
public final class EchoCollector implements ProbeCollector<String, Void> {
  private static final MetricMetadata ECHO_LENGTH = new MetricMetadata("probe_echo_length",
      "The target's length.");

  private final Echo source;

  /**
   * Probes with {@code source}, which every request shares.
   */
  public EchoCollector(Echo source) {
    this.source = Objects.requireNonNull(source, "source");
  }

  @Override
  public MetricSnapshots probe(String target, Void module, MemberErrors errors) {
    String reading;
    try {
      reading = source.read(target);
    } catch (Exception | LinkageError | AssertionError e) {
      errors.failed("read()", e);
      return new MetricSnapshots();
    }
    if (reading == null) {
      errors.failed("read()", new NullPointerException("read() returned null"));
      return new MetricSnapshots();
    }
    List<MetricSnapshot> snapshots = new ArrayList<>(1);
    try {
      OptionalDouble value = source.length(reading);
      if (value.isPresent()) {
        snapshots.add(gauge(ECHO_LENGTH, value.getAsDouble()));
      }
    } catch (Exception | LinkageError | AssertionError e) {
      errors.failed("length()", e);
    }
    return new MetricSnapshots(snapshots);
  }

  private static GaugeSnapshot gauge(MetricMetadata metadata, double value) {
    return new GaugeSnapshot(metadata, List.of(gaugePoint(value, Labels.EMPTY)));
  }

  private static GaugeSnapshot.GaugeDataPointSnapshot gaugePoint(double value, Labels labels) {
    return new GaugeSnapshot.GaugeDataPointSnapshot(value, labels, null);
  }
}
