package com.example.plant;

import dev.exporterbuilder.annotations.Collector;
import dev.exporterbuilder.annotations.ConstLabel;
import dev.exporterbuilder.annotations.Flag;
import dev.exporterbuilder.annotations.Gauge;
import dev.exporterbuilder.annotations.Info;
import dev.exporterbuilder.annotations.KeyCase;
import dev.exporterbuilder.annotations.Label;
import dev.exporterbuilder.annotations.StateSet;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** A slow level sensor: cached, each reading bounded. */
@Collector(name = "tanks", cache = "1m30s", timeout = "12s")
public class Tanks {

  enum Mode { FILLING, DRAINING, IDLE }

  record Firmware(String version, @Label("build") String buildDate) {}

  record Level(@Label String tank, double meters) {}

  @Flag(help = "Tanks to read; repeat the flag.")
  static List<String> ids = List.of("a", "b");

  @Flag(help = "How long to wait for the sensor.")
  static Duration sensorWait = Duration.ofMillis(1500);

  @ConstLabel("area")
  static final String AREA = "east";

  @Gauge(help = "Water level per tank.", unit = "meters")
  static List<Level> level() {
    return List.of(new Level("a", 2.5));
  }

  @Info(help = "Firmware of the level sensor.")
  static Firmware sensor() {
    return new Firmware("2.1.0", "2026-01-05");
  }

  @StateSet(help = "What the tank is doing.")
  static Mode mode() {
    return Mode.IDLE;
  }

  @Gauge(name = "{key}_temperature", unit = "celsius", keyCase = KeyCase.SNAKE_CASE, help = "Temperature at the {key}.")
  static Map<String, Double> temperatures() {
    return Map.of("Inlet", 11.5);
  }
}
