package com.example.pump;

import dev.exporterbuilder.annotations.Collector;
import dev.exporterbuilder.annotations.Counter;
import dev.exporterbuilder.annotations.Flag;
import dev.exporterbuilder.annotations.Gauge;
import dev.exporterbuilder.annotations.Info;
import dev.exporterbuilder.annotations.Label;
import dev.exporterbuilder.annotations.StateSet;
import java.io.IOException;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.DoubleAdder;
import java.util.concurrent.atomic.LongAdder;

/** Every scalar member shape the processor supports. */
@Collector(subsystem = "pump")
public class Pumps {

  enum Mode { AUTO, MANUAL }

  @Flag(help = "Pump unit to read.")
  int unit = 1;

  @Flag(help = "Operating mode to assume.")
  Mode mode = Mode.AUTO;

  @Flag(help = "Scale factor for the flow sensor.")
  double flowScale = 1.0;

  @Flag(help = "Read the pressure sensor.")
  boolean readPressure = true;

  @Flag(help = "Sensor poll budget.")
  Long pollBudget = 100L;

  @Gauge(help = "Pump speed.", unit = "ratio")
  double speed() {
    return 0.75;
  }

  @Gauge(help = "Motor temperature.", unit = "celsius")
  float getMotorTemperature() throws IOException {
    return 41.5f;
  }

  @Gauge(name = "flow_cubic_meters_per_second", help = "Water flow.")
  static long flow() {
    return 3;
  }

  @Gauge(help = "Inlet pressure in pascals.", unit = "pascals")
  Integer inletPressure() {
    return 101_325;
  }

  @Gauge(help = "Valve position, empty when unknown.")
  OptionalDouble valvePosition() {
    return OptionalDouble.of(0.5);
  }

  @Gauge(help = "Firmware build, empty when unknown.")
  OptionalLong firmwareBuild() {
    return OptionalLong.empty();
  }

  @Gauge(help = "Active alarms, empty when unknown.")
  OptionalInt activeAlarms() {
    return OptionalInt.of(2);
  }

  @Gauge(help = "Whether the pump is running.")
  Boolean running() {
    return Boolean.TRUE;
  }

  @Gauge(help = "Whether maintenance mode is on.")
  final AtomicBoolean maintenance = new AtomicBoolean();

  @Gauge(help = "Gauge from a Number.")
  Number level() {
    return 7;
  }

  @Gauge(help = "Short gauge.")
  short phases = 3;

  @Gauge(help = "Byte gauge.")
  static byte stage = 2;

  @Counter(help = "Pump starts since the exporter started.")
  final AtomicLong starts = new AtomicLong();

  @Counter(help = "Energy used.", unit = "joules")
  final DoubleAdder energy = new DoubleAdder();

  @Counter(help = "Polls that failed.")
  static final LongAdder pollFailures = new LongAdder();

  record Firmware(String version, @Label("build") String buildDate) {}

  @Info(help = "Firmware of the pump controller.")
  Firmware controller() {
    return new Firmware("2.1.0", "2026-01-05");
  }

  @Info(name = "settings", help = "Controller settings as the vendor names them.")
  static Map<String, String> settings = Map.of("vendor", "acme");

  @StateSet(help = "Operating mode.")
  Mode operatingMode() {
    return mode;
  }

  @Counter(name = "runtime", help = "Running time.", unit = "seconds")
  double runtimeSeconds() {
    return 12.5;
  }
}
