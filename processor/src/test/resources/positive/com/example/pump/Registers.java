package com.example.pump;

import dev.exporterbuilder.annotations.Collector;
import dev.exporterbuilder.annotations.Counter;
import dev.exporterbuilder.annotations.Gauge;
import dev.exporterbuilder.annotations.KeyCase;
import dev.exporterbuilder.annotations.Label;
import java.util.List;
import java.util.Map;

/** Families named from data: the gateway's register table, one family per register name. */
@Collector(name = "registers", subsystem = "register")
public class Registers {

  record Channel(@Label String channel, double value) {}

  /** pump_station_register_HoldingTemp_celsius, ...: the key's case kept. */
  @Gauge(name = "{key}", unit = "celsius", keyCase = KeyCase.KEEP, help = "Register {key} of the gateway.")
  Map<String, Long> temperatures() {
    return Map.of("HoldingTemp", 41L);
  }

  /** pump_station_register_frame_errors_total: snake_case keys, a suffix after the key. */
  @Counter(name = "{key}_events", help = "Events of kind {key}.")
  static Map<CharSequence, Double> events() {
    return Map.of("FrameErrors", 3.0);
  }

  /** One labelled family per key: pump_station_register_inlet_pressure_pascals{sensor="a"}. */
  @Gauge(name = "{key}_pressure", unit = "pascals", labels = "sensor", help = "Pressure at the {key}.")
  Map<String, Map<String, Double>> pressures() {
    return Map.of("inlet", Map.of("a", 1.0e5));
  }

  /** Records per key: pump_station_register_outlet_flow{channel="1"}. */
  @Gauge(name = "{key}_flow", help = "Flow per channel.")
  Map<String, List<Channel>> flows() {
    return Map.of("outlet", List.of(new Channel("1", 2.0)));
  }

  /** pump_station_register_retries_count: a legacy name, its _count kept with the rule's switch. */
  @SuppressWarnings("exporter-builder:reserved-suffix")
  @Gauge(name = "{key}", help = "Setting {key} of the gateway.")
  Map<String, Long> settings() {
    return Map.of("RetriesCount", 3L);
  }

  /** A fixed family beside them. */
  @Gauge(name = "read", help = "Registers read.")
  int registersRead() {
    return 4;
  }
}
