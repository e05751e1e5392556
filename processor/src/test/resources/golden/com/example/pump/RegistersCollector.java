package com.example.pump;

import dev.exporterbuilder.annotations.KeyCase;
import dev.exporterbuilder.runtime.ExporterCollector;
import dev.exporterbuilder.runtime.MemberErrors;
import dev.exporterbuilder.runtime.generated.FamilyNames;
import dev.exporterbuilder.runtime.generated.KeyedFamily;
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
import java.lang.AssertionError;
import java.lang.Exception;
import java.lang.LinkageError;
import java.lang.Number;
import java.lang.Override;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.annotation.processing.Generated;

/**
 * Collector {@code registers}: the metrics of {@link Registers}, read on every scrape.
 */
@Generated("dev.exporterbuilder.processor.ExporterProcessor")
public final class RegistersCollector implements ExporterCollector {
  private static final KeyedFamily TEMPERATURES_FAMILIES = KeyedFamily.gauge("pump_station_register_",
      "", "celsius", "Register {key} of the gateway.", KeyCase.KEEP);

  private static final KeyedFamily EVENTS_FAMILIES = KeyedFamily.counter("pump_station_register_",
      "_events", "", "Events of kind {key}.", KeyCase.SNAKE_CASE);

  private static final KeyedFamily PRESSURES_FAMILIES = KeyedFamily.gauge("pump_station_register_",
      "_pressure", "pascals", "Pressure at the {key}.", KeyCase.SNAKE_CASE);

  private static final KeyedFamily FLOWS_FAMILIES = KeyedFamily.gauge("pump_station_register_",
      "_flow", "", "Flow per channel.", KeyCase.SNAKE_CASE);

  private static final KeyedFamily SETTINGS_FAMILIES = KeyedFamily.gauge("pump_station_register_",
      "", "", "Setting {key} of the gateway.", KeyCase.SNAKE_CASE).keepingForeignSuffixes();

  private static final MetricMetadata READ = new MetricMetadata("pump_station_register_read",
      "Registers read.");

  private static final List<MetricFamilyDescriptor> FAMILIES = List.of(
      MetricFamilyDescriptor.of(MetricType.GAUGE, READ));

  private final LabelSets pressuresLabels = new LabelSets("sensor");

  private final LabelSets flowsLabels = new LabelSets("channel");

  private final Registers source;

  /**
   * Reads the members of {@code source} on each collection.
   */
  public RegistersCollector(Registers source) {
    this.source = Objects.requireNonNull(source, "source");
  }

  @Override
  public MetricSnapshots collect(MemberErrors errors) {
    List<MetricSnapshot> snapshots = new ArrayList<>(6);
    FamilyNames names = new FamilyNames(FAMILIES);
    readTemperatures(snapshots, errors, names);
    readEvents(snapshots, errors, names);
    readPressures(snapshots, errors, names);
    readFlows(snapshots, errors, names);
    readSettings(snapshots, errors, names);
    readRegistersRead(snapshots, errors);
    return new MetricSnapshots(snapshots);
  }

  private void readTemperatures(List<MetricSnapshot> snapshots, MemberErrors errors,
      FamilyNames names) {
    try {
      var keyed = source.temperatures();
      if (keyed != null) {
        for (var family : keyed.entrySet()) {
          MetricMetadata metadata = TEMPERATURES_FAMILIES.metadata(family.getKey(), names, errors, "temperatures()");
          if (metadata != null) {
            Number value = family.getValue();
            if (value != null) {
              snapshots.add(gauge(metadata, value.doubleValue()));
            }
          }
        }
      }
    } catch (Exception | LinkageError | AssertionError e) {
      errors.failed("temperatures()", e);
    }
  }

  private void readEvents(List<MetricSnapshot> snapshots, MemberErrors errors, FamilyNames names) {
    try {
      var keyed = Registers.events();
      if (keyed != null) {
        for (var family : keyed.entrySet()) {
          MetricMetadata metadata = EVENTS_FAMILIES.metadata(family.getKey(), names, errors, "events()");
          if (metadata != null) {
            Number value = family.getValue();
            if (value != null) {
              snapshots.add(counter(metadata, value.doubleValue()));
            }
          }
        }
      }
    } catch (Exception | LinkageError | AssertionError e) {
      errors.failed("events()", e);
    }
  }

  private void readPressures(List<MetricSnapshot> snapshots, MemberErrors errors,
      FamilyNames names) {
    try {
      var keyed = source.pressures();
      if (keyed != null) {
        LabelSets.Run labels = pressuresLabels.begin();
        for (var family : keyed.entrySet()) {
          MetricMetadata metadata = PRESSURES_FAMILIES.metadata(family.getKey(), names, errors, "pressures()");
          if (metadata != null) {
            var value = family.getValue();
            if (value != null) {
              List<GaugeSnapshot.GaugeDataPointSnapshot> points = new ArrayList<>(value.size());
              for (var entry : value.entrySet()) {
                var sample = entry.getValue();
                if (sample != null) {
                  points.add(gaugePoint(sample.doubleValue(),
                      labels.of(Samples.labelValue(entry.getKey()))));
                }
              }
              snapshots.add(new GaugeSnapshot(metadata, points));
            }
          }
        }
        labels.end();
      }
    } catch (Exception | LinkageError | AssertionError e) {
      errors.failed("pressures()", e);
    }
  }

  private void readFlows(List<MetricSnapshot> snapshots, MemberErrors errors, FamilyNames names) {
    try {
      var keyed = source.flows();
      if (keyed != null) {
        LabelSets.Run labels = flowsLabels.begin();
        for (var family : keyed.entrySet()) {
          MetricMetadata metadata = FLOWS_FAMILIES.metadata(family.getKey(), names, errors, "flows()");
          if (metadata != null) {
            var value = family.getValue();
            if (value != null) {
              List<GaugeSnapshot.GaugeDataPointSnapshot> points = new ArrayList<>(Samples.capacity(value));
              for (var element : value) {
                if (element != null) {
                  var sample = element.value();
                  points.add(gaugePoint(sample, labels.of(Samples.labelValue(element.channel()))));
                }
              }
              snapshots.add(new GaugeSnapshot(metadata, points));
            }
          }
        }
        labels.end();
      }
    } catch (Exception | LinkageError | AssertionError e) {
      errors.failed("flows()", e);
    }
  }

  private void readSettings(List<MetricSnapshot> snapshots, MemberErrors errors,
      FamilyNames names) {
    try {
      var keyed = source.settings();
      if (keyed != null) {
        for (var family : keyed.entrySet()) {
          MetricMetadata metadata = SETTINGS_FAMILIES.metadata(family.getKey(), names, errors, "settings()");
          if (metadata != null) {
            Number value = family.getValue();
            if (value != null) {
              snapshots.add(gauge(metadata, value.doubleValue()));
            }
          }
        }
      }
    } catch (Exception | LinkageError | AssertionError e) {
      errors.failed("settings()", e);
    }
  }

  private void readRegistersRead(List<MetricSnapshot> snapshots, MemberErrors errors) {
    try {
      snapshots.add(gauge(READ, source.registersRead()));
    } catch (Exception | LinkageError | AssertionError e) {
      errors.failed("registersRead()", e);
    }
  }

  @Override
  public List<MetricFamilyDescriptor> getMetricFamilyDescriptors() {
    return FAMILIES;
  }

  @Override
  public boolean namesFamiliesFromData() {
    return true;
  }

  private static GaugeSnapshot gauge(MetricMetadata metadata, double value) {
    return new GaugeSnapshot(metadata, List.of(gaugePoint(value, Labels.EMPTY)));
  }

  private static CounterSnapshot counter(MetricMetadata metadata, double value) {
    return new CounterSnapshot(metadata, List.of(counterPoint(value, Labels.EMPTY)));
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
