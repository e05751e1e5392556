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
import java.lang.AssertionError;
import java.lang.Exception;
import java.lang.LinkageError;
import java.lang.Override;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.annotation.processing.Generated;

/**
 * Collector {@code valves}: the metrics of {@link Valves}, read on every scrape.
 */
@Generated("dev.exporterbuilder.processor.ExporterProcessor")
public final class ValvesCollector implements ExporterCollector {
  private static final MetricMetadata TEMPERATURE = new MetricMetadata(
      "pump_station_valve_temperature_celsius", "Temperature per sensor.", Unit.CELSIUS);

  private static final MetricMetadata LINKS = new MetricMetadata("pump_station_valve_links",
      "Whether each valve's link is up.");

  private static final MetricMetadata FLOWS = new MetricMetadata("pump_station_valve_flows_ratio",
      "Flow per pipe, when measured.", Unit.RATIO);

  private static final MetricMetadata STROKES = new MetricMetadata("pump_station_valve_strokes",
      "Strokes per actuator.");

  private static final MetricMetadata OPENING = new MetricMetadata(
      "pump_station_valve_opening_ratio", "Valve opening.", Unit.RATIO);

  private static final MetricMetadata CYCLES = new MetricMetadata("pump_station_valve_cycles",
      "Valve cycles.");

  private static final MetricMetadata CALIBRATION = new MetricMetadata(
      "pump_station_valve_calibration", "Last calibration offset, when known.");

  private static final List<MetricFamilyDescriptor> FAMILIES = List.of(
      MetricFamilyDescriptor.of(MetricType.GAUGE, TEMPERATURE, List.of("kind", "sensor")),
      MetricFamilyDescriptor.of(MetricType.GAUGE, LINKS, List.of("position")),
      MetricFamilyDescriptor.of(MetricType.GAUGE, FLOWS, List.of("pipe")),
      MetricFamilyDescriptor.of(MetricType.COUNTER, STROKES, List.of("vendor", "serial")),
      MetricFamilyDescriptor.of(MetricType.GAUGE, OPENING, List.of("position")),
      MetricFamilyDescriptor.of(MetricType.COUNTER, CYCLES, List.of("valve")),
      MetricFamilyDescriptor.of(MetricType.GAUGE, CALIBRATION, List.of("valve")));

  private final LabelSets temperatureLabels = new LabelSets("kind", "sensor");

  private final LabelSets linksLabels = new LabelSets("position");

  private final LabelSets flowsLabels = new LabelSets("pipe");

  private final LabelSets strokesLabels = new LabelSets("vendor", "serial");

  private final LabelSets openingLabels = new LabelSets("position");

  private final LabelSets cyclesLabels = new LabelSets("valve");

  private final LabelSets calibrationLabels = new LabelSets("valve");

  private final Valves source;

  /**
   * Reads the members of {@code source} on each collection.
   */
  public ValvesCollector(Valves source) {
    this.source = Objects.requireNonNull(source, "source");
  }

  @Override
  public MetricSnapshots collect(MemberErrors errors) {
    List<MetricSnapshot> snapshots = new ArrayList<>(7);
    readTemperature(snapshots, errors);
    readLinks(snapshots, errors);
    readFlows(snapshots, errors);
    readStrokes(snapshots, errors);
    readOpening(snapshots, errors);
    readCycles(snapshots, errors);
    readCalibration(snapshots, errors);
    return new MetricSnapshots(snapshots);
  }

  private void readTemperature(List<MetricSnapshot> snapshots, MemberErrors errors) {
    try {
      var value = source.temperature();
      if (value != null) {
        List<GaugeSnapshot.GaugeDataPointSnapshot> points = new ArrayList<>(Samples.capacity(value));
        LabelSets.Run labels = temperatureLabels.begin();
        for (var element : value) {
          if (element != null) {
            var sample = element.celsius();
            points.add(gaugePoint(sample, labels.of(Samples.labelValue(element.kind()),
                Samples.labelValue(element.index()))));
          }
        }
        labels.end();
        snapshots.add(new GaugeSnapshot(TEMPERATURE, points));
      }
    } catch (Exception | LinkageError | AssertionError e) {
      errors.failed("temperature()", e);
    }
  }

  private void readLinks(List<MetricSnapshot> snapshots, MemberErrors errors) {
    try {
      try (var value = source.links()) {
        if (value != null) {
          List<GaugeSnapshot.GaugeDataPointSnapshot> points = new ArrayList<>();
          LabelSets.Run labels = linksLabels.begin();
          for (var elements = value.iterator(); elements.hasNext(); ) {
            var element = elements.next();
            if (element != null) {
              var sample = element.up();
              points.add(gaugePoint(sample ? 1 : 0,
                  labels.of(Samples.labelValue(element.position()))));
            }
          }
          labels.end();
          snapshots.add(new GaugeSnapshot(LINKS, points));
        }
      }
    } catch (Exception | LinkageError | AssertionError e) {
      errors.failed("links()", e);
    }
  }

  private void readFlows(List<MetricSnapshot> snapshots, MemberErrors errors) {
    try {
      var value = Valves.flows;
      if (value != null) {
        List<GaugeSnapshot.GaugeDataPointSnapshot> points = new ArrayList<>(value.length);
        LabelSets.Run labels = flowsLabels.begin();
        for (var element : value) {
          if (element != null) {
            var sample = element.rate();
            if (sample != null && sample.isPresent()) {
              points.add(gaugePoint(sample.getAsDouble(),
                  labels.of(Samples.labelValue(element.pipe()))));
            }
          }
        }
        labels.end();
        snapshots.add(new GaugeSnapshot(FLOWS, points));
      }
    } catch (Exception | LinkageError | AssertionError e) {
      errors.failed("flows", e);
    }
  }

  private void readStrokes(List<MetricSnapshot> snapshots, MemberErrors errors) {
    try {
      var value = source.strokes();
      if (value != null) {
        List<CounterSnapshot.CounterDataPointSnapshot> points = new ArrayList<>(Samples.capacity(value));
        LabelSets.Run labels = strokesLabels.begin();
        for (var element : value) {
          if (element != null) {
            var sample = element.getStrokes();
            points.add(counterPoint(sample, labels.of(Samples.labelValue(element.vendor),
                Samples.labelValue(element.getSerial()))));
          }
        }
        labels.end();
        snapshots.add(new CounterSnapshot(STROKES, points));
      }
    } catch (Exception | LinkageError | AssertionError e) {
      errors.failed("strokes()", e);
    }
  }

  private void readOpening(List<MetricSnapshot> snapshots, MemberErrors errors) {
    try {
      var value = source.opening();
      if (value != null) {
        List<GaugeSnapshot.GaugeDataPointSnapshot> points = new ArrayList<>(value.size());
        LabelSets.Run labels = openingLabels.begin();
        for (var entry : value.entrySet()) {
          var sample = entry.getValue();
          if (sample != null) {
            points.add(gaugePoint(sample.doubleValue(),
                labels.of(Samples.labelValue(entry.getKey()))));
          }
        }
        labels.end();
        snapshots.add(new GaugeSnapshot(OPENING, points));
      }
    } catch (Exception | LinkageError | AssertionError e) {
      errors.failed("opening()", e);
    }
  }

  private void readCycles(List<MetricSnapshot> snapshots, MemberErrors errors) {
    try {
      var value = source.cycles;
      if (value != null) {
        List<CounterSnapshot.CounterDataPointSnapshot> points = new ArrayList<>(value.size());
        LabelSets.Run labels = cyclesLabels.begin();
        for (var entry : value.entrySet()) {
          var sample = entry.getValue();
          if (sample != null) {
            points.add(counterPoint(sample.doubleValue(),
                labels.of(Samples.labelValue(entry.getKey()))));
          }
        }
        labels.end();
        snapshots.add(new CounterSnapshot(CYCLES, points));
      }
    } catch (Exception | LinkageError | AssertionError e) {
      errors.failed("cycles", e);
    }
  }

  private void readCalibration(List<MetricSnapshot> snapshots, MemberErrors errors) {
    try {
      var value = Valves.calibration();
      if (value != null) {
        List<GaugeSnapshot.GaugeDataPointSnapshot> points = new ArrayList<>(value.size());
        LabelSets.Run labels = calibrationLabels.begin();
        for (var entry : value.entrySet()) {
          var sample = entry.getValue();
          if (sample != null && sample.isPresent()) {
            points.add(gaugePoint(sample.getAsDouble(),
                labels.of(Samples.labelValue(entry.getKey()))));
          }
        }
        labels.end();
        snapshots.add(new GaugeSnapshot(CALIBRATION, points));
      }
    } catch (Exception | LinkageError | AssertionError e) {
      errors.failed("calibration()", e);
    }
  }

  @Override
  public List<MetricFamilyDescriptor> getMetricFamilyDescriptors() {
    return FAMILIES;
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
}
