package com.example.pump;

import dev.exporterbuilder.annotations.Collector;
import dev.exporterbuilder.annotations.ConstLabel;
import dev.exporterbuilder.annotations.Gauge;
import dev.exporterbuilder.annotations.Init;

/** Read from a slow level sensor: refreshed in the background, each reading bounded. */
@Collector(name = "tank", cache = "1m30s", timeout = "1500ms")
public class Tank {

  /** A static @Init: the static-only collector still needs no instance. */
  @Init
  static void calibrate() {}

  /** On this collector's samples only: a static member, so the collector still needs no instance. */
  @ConstLabel("tank")
  static final String TANK = "north";

  @Gauge(help = "Water level.", unit = "meters")
  static double level() {
    return 2.5;
  }

  /** A reserved word inside the name is fine when the unit follows: pump_station_volume_total_cubic_meters. */
  @Gauge(name = "volume_total", help = "Volume of the tank when full.", unit = "cubic_meters")
  static double volume() {
    return 40;
  }
}
