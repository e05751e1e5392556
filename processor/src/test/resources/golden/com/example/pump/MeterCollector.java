package com.example.pump;

import dev.exporterbuilder.runtime.ExporterCollector;
import dev.exporterbuilder.runtime.MemberErrors;
import dev.exporterbuilder.runtime.generated.LabelSets;
import dev.exporterbuilder.runtime.generated.Samples;
import io.prometheus.metrics.model.registry.MetricType;
import io.prometheus.metrics.model.snapshots.CounterSnapshot;
import io.prometheus.metrics.model.snapshots.GaugeSnapshot;
import io.prometheus.metrics.model.snapshots.Labels;
import io.prometheus.metrics.model.snapshots.MetricFamilyDescriptor;
import io.prometheus.metrics.model.snapshots.MetricMetadata;
import io.prometheus.metrics.model.snapshots.MetricSnapshot;
import io.prometheus.metrics.model.snapshots.MetricSnapshots;
import io.prometheus.metrics.model.snapshots.Unit;
import io.prometheus.metrics.model.snapshots.UnknownSnapshot;
import java.lang.AssertionError;
import java.lang.Exception;
import java.lang.LinkageError;
import java.lang.Override;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.annotation.processing.Generated;

/**
 * Collector {@code meter}: the metrics of {@link Meter}, read on every scrape.
 */
@Generated("dev.exporterbuilder.processor.ExporterProcessor")
public final class MeterCollector implements ExporterCollector {
  private static final MetricMetadata PULSES = new MetricMetadata("pump_station_pulses",
      "Pulses counted by the flow meter.");

  private static final MetricMetadata TEMPERATURE = new MetricMetadata(
      "pump_station_temperature_celsius", "Water temperature at the meter.", Unit.CELSIUS);

  private static final MetricMetadata CALIBRATED = new MetricMetadata("pump_station_calibrated",
      "Whether the meter is calibrated.");

  private static final MetricMetadata LEGACY_PULSES = new MetricMetadata(
      "pump_station_legacy_pulses", "Pulses counted, as the old exporter named them.");

  private static final MetricMetadata RAW = new MetricMetadata("pump_station_raw",
      "Raw reading per channel.");

  private static final List<MetricFamilyDescriptor> FAMILIES = List.of(
      MetricFamilyDescriptor.of(MetricType.COUNTER, PULSES),
      MetricFamilyDescriptor.of(MetricType.GAUGE, TEMPERATURE),
      MetricFamilyDescriptor.of(MetricType.GAUGE, CALIBRATED),
      MetricFamilyDescriptor.of(MetricType.UNKNOWN, LEGACY_PULSES),
      MetricFamilyDescriptor.of(MetricType.UNKNOWN, RAW, List.of("channel")));

  private final LabelSets rawLabels = new LabelSets("channel");

  private final Meter source;

  /**
   * Reads the members of {@code source} on each collection.
   */
  public MeterCollector(Meter source) {
    this.source = Objects.requireNonNull(source, "source");
  }

  @Override
  public MetricSnapshots collect(MemberErrors errors) {
    List<MetricSnapshot> snapshots = new ArrayList<>(5);
    try {
      var reading = Objects.requireNonNull(source.read(), "read() returned null");
      readPulses(snapshots, errors, reading);
      readTemperature(snapshots, errors, reading);
      readCalibrated(snapshots, errors);
      readLegacyPulses(snapshots, errors, reading);
      readRaw(snapshots, errors);
    } catch (Exception | LinkageError | AssertionError e) {
      errors.failed("read()", e);
    }
    return new MetricSnapshots(snapshots);
  }

  private void readPulses(List<MetricSnapshot> snapshots, MemberErrors errors,
      Meter.Snapshot reading) {
    try {
      snapshots.add(counter(PULSES, source.pulses(reading)));
    } catch (Exception | LinkageError | AssertionError e) {
      errors.failed("pulses()", e);
    }
  }

  private void readTemperature(List<MetricSnapshot> snapshots, MemberErrors errors,
      Meter.Snapshot reading) {
    try {
      snapshots.add(gauge(TEMPERATURE, Meter.temperature(reading)));
    } catch (Exception | LinkageError | AssertionError e) {
      errors.failed("temperature()", e);
    }
  }

  private void readCalibrated(List<MetricSnapshot> snapshots, MemberErrors errors) {
    try {
      snapshots.add(gauge(CALIBRATED, source.calibrated() ? 1 : 0));
    } catch (Exception | LinkageError | AssertionError e) {
      errors.failed("calibrated()", e);
    }
  }

  private void readLegacyPulses(List<MetricSnapshot> snapshots, MemberErrors errors,
      Meter.Snapshot reading) {
    try {
      snapshots.add(untyped(LEGACY_PULSES, source.legacyPulses(reading)));
    } catch (Exception | LinkageError | AssertionError e) {
      errors.failed("legacyPulses()", e);
    }
  }

  private void readRaw(List<MetricSnapshot> snapshots, MemberErrors errors) {
    try {
      var value = source.raw();
      if (value != null) {
        List<UnknownSnapshot.UnknownDataPointSnapshot> points = new ArrayList<>(value.size());
        LabelSets.Run labels = rawLabels.begin();
        for (var entry : value.entrySet()) {
          var sample = entry.getValue();
          if (sample != null) {
            points.add(untypedPoint(sample.doubleValue(),
                labels.of(Samples.labelValue(entry.getKey()))));
          }
        }
        labels.end();
        snapshots.add(new UnknownSnapshot(RAW, points));
      }
    } catch (Exception | LinkageError | AssertionError e) {
      errors.failed("raw()", e);
    }
  }

  @Override
  public List<MetricFamilyDescriptor> getMetricFamilyDescriptors() {
    return FAMILIES;
  }

  private static GaugeSnapshot gauge(MetricMetadata metadata, double value) {
    return new GaugeSnapshot(metadata, List.of(gaugePoint(value, Labels.EMPTY)));
  }

  private static CounterSnapshot counter(MetricMetadata metadata, double value) {
    return new CounterSnapshot(metadata, List.of(counterPoint(value, Labels.EMPTY)));
  }

  private static UnknownSnapshot untyped(MetricMetadata metadata, double value) {
    return new UnknownSnapshot(metadata, List.of(untypedPoint(value, Labels.EMPTY)));
  }

  private static GaugeSnapshot.GaugeDataPointSnapshot gaugePoint(double value, Labels labels) {
    return new GaugeSnapshot.GaugeDataPointSnapshot(value, labels, null);
  }

  /**
   * A counter data point; a negative or NaN value fails the member.
   */
  private static CounterSnapshot.CounterDataPointSnapshot counterPoint(double value,
      Labels labels) {
    return new CounterSnapshot.CounterDataPointSnapshot(Samples.counterValue(value),
        labels, null, 0);
  }

  private static UnknownSnapshot.UnknownDataPointSnapshot untypedPoint(double value,
      Labels labels) {
    return new UnknownSnapshot.UnknownDataPointSnapshot(value, labels, null);
  }
}
