package com.example.plant;

import dev.exporterbuilder.annotations.ConstLabel;
import dev.exporterbuilder.annotations.Exporter;
import dev.exporterbuilder.annotations.Flag;

/** Every kind of family, a cached collector, secret and environment flags, a constant label and a probe. */
@Exporter(
    name = "water-plant",
    help = "Tanks and pumps of a water plant, and checks of its network.",
    port = 9879,
    collectors = {Tanks.class, Pumps.class, Audit.class},
    probes = Ping.class)
public class PlantExporter {

  @Flag(name = "gateway.address", help = "Host and port of the \"plant\" gateway.", env = "PLANT_GATEWAY")
  static String gateway = "localhost:502";

  /** Kept in the source for this test: the operator files must never show it. */
  @SuppressWarnings("exporter-builder:secret-in-source")
  @Flag(help = "Password of the gateway.", env = "PLANT_GATEWAY_PASSWORD", secret = true)
  static String gatewayPassword = "changeme";

  @ConstLabel("site")
  static final String SITE = "north";
}
