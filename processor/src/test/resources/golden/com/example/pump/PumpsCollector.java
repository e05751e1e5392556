package com.example.pump;

import dev.exporterbuilder.runtime.ExporterCollector;
import dev.exporterbuilder.runtime.MemberErrors;
import dev.exporterbuilder.runtime.generated.Samples;
import io.prometheus.metrics.model.registry.MetricType;
import io.prometheus.metrics.model.snapshots.CounterSnapshot;
import io.prometheus.metrics.model.snapshots.GaugeSnapshot;
import io.prometheus.metrics.model.snapshots.InfoSnapshot;
import io.prometheus.metrics.model.snapshots.Labels;
import io.prometheus.metrics.model.snapshots.MetricFamilyDescriptor;
import io.prometheus.metrics.model.snapshots.MetricMetadata;
import io.prometheus.metrics.model.snapshots.MetricSnapshot;
import io.prometheus.metrics.model.snapshots.MetricSnapshots;
import io.prometheus.metrics.model.snapshots.StateSetSnapshot;
import io.prometheus.metrics.model.snapshots.Unit;
import java.lang.AssertionError;
import java.lang.Boolean;
import java.lang.Exception;
import java.lang.LinkageError;
import java.lang.Number;
import java.lang.Override;
import java.lang.String;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.annotation.processing.Generated;

/**
 * Collector {@code pumps}: the metrics of {@link Pumps}, read on every scrape.
 */
@Generated("dev.exporterbuilder.processor.ExporterProcessor")
public final class PumpsCollector implements ExporterCollector {
  private static final MetricMetadata SPEED = new MetricMetadata("pump_station_pump_speed_ratio",
      "Pump speed.", Unit.RATIO);

  private static final MetricMetadata MOTOR_TEMPERATURE = new MetricMetadata(
      "pump_station_pump_motor_temperature_celsius", "Motor temperature.", Unit.CELSIUS);

  private static final MetricMetadata FLOW_CUBIC_METERS_PER_SECOND = new MetricMetadata(
      "pump_station_pump_flow_cubic_meters_per_second", "Water flow.");

  private static final MetricMetadata INLET_PRESSURE = new MetricMetadata(
      "pump_station_pump_inlet_pressure_pascals", "Inlet pressure in pascals.",
      new Unit("pascals"));

  private static final MetricMetadata VALVE_POSITION = new MetricMetadata(
      "pump_station_pump_valve_position", "Valve position, empty when unknown.");

  private static final MetricMetadata FIRMWARE_BUILD = new MetricMetadata(
      "pump_station_pump_firmware_build", "Firmware build, empty when unknown.");

  private static final MetricMetadata ACTIVE_ALARMS = new MetricMetadata(
      "pump_station_pump_active_alarms", "Active alarms, empty when unknown.");

  private static final MetricMetadata RUNNING = new MetricMetadata("pump_station_pump_running",
      "Whether the pump is running.");

  private static final MetricMetadata MAINTENANCE = new MetricMetadata(
      "pump_station_pump_maintenance", "Whether maintenance mode is on.");

  private static final MetricMetadata LEVEL = new MetricMetadata("pump_station_pump_level",
      "Gauge from a Number.");

  private static final MetricMetadata PHASES = new MetricMetadata("pump_station_pump_phases",
      "Short gauge.");

  private static final MetricMetadata STAGE = new MetricMetadata("pump_station_pump_stage",
      "Byte gauge.");

  private static final MetricMetadata STARTS = new MetricMetadata("pump_station_pump_starts",
      "Pump starts since the exporter started.");

  private static final MetricMetadata ENERGY = new MetricMetadata("pump_station_pump_energy_joules",
      "Energy used.", Unit.JOULES);

  private static final MetricMetadata POLL_FAILURES = new MetricMetadata(
      "pump_station_pump_poll_failures", "Polls that failed.");

  private static final MetricMetadata CONTROLLER = new MetricMetadata(
      "pump_station_pump_controller", "Firmware of the pump controller.");

  private static final MetricMetadata SETTINGS = new MetricMetadata("pump_station_pump_settings",
      "Controller settings as the vendor names them.");

  private static final MetricMetadata OPERATING_MODE = new MetricMetadata(
      "pump_station_pump_operating_mode", "Operating mode.");

  private static final String[] OPERATING_MODE_STATES = Samples.stateNames(Pumps.Mode.class);

  private static final MetricMetadata RUNTIME = new MetricMetadata(
      "pump_station_pump_runtime_seconds", "Running time.", Unit.SECONDS);

  private static final List<MetricFamilyDescriptor> FAMILIES = List.of(
      MetricFamilyDescriptor.of(MetricType.GAUGE, SPEED),
      MetricFamilyDescriptor.of(MetricType.GAUGE, MOTOR_TEMPERATURE),
      MetricFamilyDescriptor.of(MetricType.GAUGE, FLOW_CUBIC_METERS_PER_SECOND),
      MetricFamilyDescriptor.of(MetricType.GAUGE, INLET_PRESSURE),
      MetricFamilyDescriptor.of(MetricType.GAUGE, VALVE_POSITION),
      MetricFamilyDescriptor.of(MetricType.GAUGE, FIRMWARE_BUILD),
      MetricFamilyDescriptor.of(MetricType.GAUGE, ACTIVE_ALARMS),
      MetricFamilyDescriptor.of(MetricType.GAUGE, RUNNING),
      MetricFamilyDescriptor.of(MetricType.GAUGE, MAINTENANCE),
      MetricFamilyDescriptor.of(MetricType.GAUGE, LEVEL),
      MetricFamilyDescriptor.of(MetricType.GAUGE, PHASES),
      MetricFamilyDescriptor.of(MetricType.GAUGE, STAGE),
      MetricFamilyDescriptor.of(MetricType.COUNTER, STARTS),
      MetricFamilyDescriptor.of(MetricType.COUNTER, ENERGY),
      MetricFamilyDescriptor.of(MetricType.COUNTER, POLL_FAILURES),
      MetricFamilyDescriptor.of(MetricType.INFO, CONTROLLER, List.of("version", "build")),
      MetricFamilyDescriptor.of(MetricType.INFO, SETTINGS),
      MetricFamilyDescriptor.of(MetricType.STATESET, OPERATING_MODE),
      MetricFamilyDescriptor.of(MetricType.COUNTER, RUNTIME));

  private final Pumps source;

  /**
   * Reads the members of {@code source} on each collection.
   */
  public PumpsCollector(Pumps source) {
    this.source = Objects.requireNonNull(source, "source");
  }

  @Override
  public MetricSnapshots collect(MemberErrors errors) {
    List<MetricSnapshot> snapshots = new ArrayList<>(19);
    readSpeed(snapshots, errors);
    readGetMotorTemperature(snapshots, errors);
    readFlow(snapshots, errors);
    readInletPressure(snapshots, errors);
    readValvePosition(snapshots, errors);
    readFirmwareBuild(snapshots, errors);
    readActiveAlarms(snapshots, errors);
    readRunning(snapshots, errors);
    readMaintenance(snapshots, errors);
    readLevel(snapshots, errors);
    readPhases(snapshots, errors);
    readStage(snapshots, errors);
    readStarts(snapshots, errors);
    readEnergy(snapshots, errors);
    readPollFailures(snapshots, errors);
    readController(snapshots, errors);
    readSettings(snapshots, errors);
    readOperatingMode(snapshots, errors);
    readRuntimeSeconds(snapshots, errors);
    return new MetricSnapshots(snapshots);
  }

  private void readSpeed(List<MetricSnapshot> snapshots, MemberErrors errors) {
    try {
      snapshots.add(gauge(SPEED, source.speed()));
    } catch (Exception | LinkageError | AssertionError e) {
      errors.failed("speed()", e);
    }
  }

  private void readGetMotorTemperature(List<MetricSnapshot> snapshots, MemberErrors errors) {
    try {
      snapshots.add(gauge(MOTOR_TEMPERATURE, source.getMotorTemperature()));
    } catch (Exception | LinkageError | AssertionError e) {
      errors.failed("getMotorTemperature()", e);
    }
  }

  private void readFlow(List<MetricSnapshot> snapshots, MemberErrors errors) {
    try {
      snapshots.add(gauge(FLOW_CUBIC_METERS_PER_SECOND, Pumps.flow()));
    } catch (Exception | LinkageError | AssertionError e) {
      errors.failed("flow()", e);
    }
  }

  private void readInletPressure(List<MetricSnapshot> snapshots, MemberErrors errors) {
    try {
      Number value = source.inletPressure();
      if (value != null) {
        snapshots.add(gauge(INLET_PRESSURE, value.doubleValue()));
      }
    } catch (Exception | LinkageError | AssertionError e) {
      errors.failed("inletPressure()", e);
    }
  }

  private void readValvePosition(List<MetricSnapshot> snapshots, MemberErrors errors) {
    try {
      OptionalDouble value = source.valvePosition();
      if (value.isPresent()) {
        snapshots.add(gauge(VALVE_POSITION, value.getAsDouble()));
      }
    } catch (Exception | LinkageError | AssertionError e) {
      errors.failed("valvePosition()", e);
    }
  }

  private void readFirmwareBuild(List<MetricSnapshot> snapshots, MemberErrors errors) {
    try {
      OptionalLong value = source.firmwareBuild();
      if (value.isPresent()) {
        snapshots.add(gauge(FIRMWARE_BUILD, value.getAsLong()));
      }
    } catch (Exception | LinkageError | AssertionError e) {
      errors.failed("firmwareBuild()", e);
    }
  }

  private void readActiveAlarms(List<MetricSnapshot> snapshots, MemberErrors errors) {
    try {
      OptionalInt value = source.activeAlarms();
      if (value.isPresent()) {
        snapshots.add(gauge(ACTIVE_ALARMS, value.getAsInt()));
      }
    } catch (Exception | LinkageError | AssertionError e) {
      errors.failed("activeAlarms()", e);
    }
  }

  private void readRunning(List<MetricSnapshot> snapshots, MemberErrors errors) {
    try {
      Boolean value = source.running();
      if (value != null) {
        snapshots.add(gauge(RUNNING, value ? 1 : 0));
      }
    } catch (Exception | LinkageError | AssertionError e) {
      errors.failed("running()", e);
    }
  }

  private void readMaintenance(List<MetricSnapshot> snapshots, MemberErrors errors) {
    try {
      AtomicBoolean value = source.maintenance;
      if (value != null) {
        snapshots.add(gauge(MAINTENANCE, value.get() ? 1 : 0));
      }
    } catch (Exception | LinkageError | AssertionError e) {
      errors.failed("maintenance", e);
    }
  }

  private void readLevel(List<MetricSnapshot> snapshots, MemberErrors errors) {
    try {
      Number value = source.level();
      if (value != null) {
        snapshots.add(gauge(LEVEL, value.doubleValue()));
      }
    } catch (Exception | LinkageError | AssertionError e) {
      errors.failed("level()", e);
    }
  }

  private void readPhases(List<MetricSnapshot> snapshots, MemberErrors errors) {
    try {
      snapshots.add(gauge(PHASES, source.phases));
    } catch (Exception | LinkageError | AssertionError e) {
      errors.failed("phases", e);
    }
  }

  private void readStage(List<MetricSnapshot> snapshots, MemberErrors errors) {
    try {
      snapshots.add(gauge(STAGE, Pumps.stage));
    } catch (Exception | LinkageError | AssertionError e) {
      errors.failed("stage", e);
    }
  }

  private void readStarts(List<MetricSnapshot> snapshots, MemberErrors errors) {
    try {
      Number value = source.starts;
      if (value != null) {
        snapshots.add(counter(STARTS, value.doubleValue()));
      }
    } catch (Exception | LinkageError | AssertionError e) {
      errors.failed("starts", e);
    }
  }

  private void readEnergy(List<MetricSnapshot> snapshots, MemberErrors errors) {
    try {
      Number value = source.energy;
      if (value != null) {
        snapshots.add(counter(ENERGY, value.doubleValue()));
      }
    } catch (Exception | LinkageError | AssertionError e) {
      errors.failed("energy", e);
    }
  }

  private void readPollFailures(List<MetricSnapshot> snapshots, MemberErrors errors) {
    try {
      Number value = Pumps.pollFailures;
      if (value != null) {
        snapshots.add(counter(POLL_FAILURES, value.doubleValue()));
      }
    } catch (Exception | LinkageError | AssertionError e) {
      errors.failed("pollFailures", e);
    }
  }

  private void readController(List<MetricSnapshot> snapshots, MemberErrors errors) {
    try {
      var value = source.controller();
      if (value != null) {
        snapshots.add(new InfoSnapshot(CONTROLLER,
            List.of(new InfoSnapshot.InfoDataPointSnapshot(Labels.of("version",
            Samples.labelValue(value.version()), "build",
            Samples.labelValue(value.buildDate()))))));
      }
    } catch (Exception | LinkageError | AssertionError e) {
      errors.failed("controller()", e);
    }
  }

  private void readSettings(List<MetricSnapshot> snapshots, MemberErrors errors) {
    try {
      var value = Pumps.settings;
      if (value != null) {
        List<String> names = new ArrayList<>(value.size());
        List<String> values = new ArrayList<>(value.size());
        for (var entry : value.entrySet()) {
          names.add(entry.getKey());
          values.add(Samples.labelValue(entry.getValue()));
        }
        snapshots.add(new InfoSnapshot(SETTINGS,
            List.of(new InfoSnapshot.InfoDataPointSnapshot(Labels.of(names, values)))));
      }
    } catch (Exception | LinkageError | AssertionError e) {
      errors.failed("settings", e);
    }
  }

  private void readOperatingMode(List<MetricSnapshot> snapshots, MemberErrors errors) {
    try {
      var value = source.operatingMode();
      if (value != null) {
        boolean[] states = Samples.states(value, OPERATING_MODE_STATES.length);
        snapshots.add(new StateSetSnapshot(OPERATING_MODE,
            List.of(new StateSetSnapshot.StateSetDataPointSnapshot(OPERATING_MODE_STATES, states,
            Labels.EMPTY))));
      }
    } catch (Exception | LinkageError | AssertionError e) {
      errors.failed("operatingMode()", e);
    }
  }

  private void readRuntimeSeconds(List<MetricSnapshot> snapshots, MemberErrors errors) {
    try {
      snapshots.add(counter(RUNTIME, source.runtimeSeconds()));
    } catch (Exception | LinkageError | AssertionError e) {
      errors.failed("runtimeSeconds()", e);
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
