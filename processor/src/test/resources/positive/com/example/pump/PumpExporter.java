package com.example.pump;

import dev.exporterbuilder.annotations.ConstLabel;
import dev.exporterbuilder.annotations.Exporter;
import dev.exporterbuilder.annotations.Flag;
import dev.exporterbuilder.annotations.Gauge;
import dev.exporterbuilder.annotations.Init;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

@Exporter(
    name = "pump-station",
    help = "Water pumps of one station, read over Modbus.",
    port = 9877,
    collectors = {Pumps.class, Tank.class, Diagnostics.class, Valves.class, Rpc.class, Controller.class, Meter.class,
        Registers.class})
public class PumpExporter implements AutoCloseable {

  @Flag(name = "modbus.address", help = "Host and port of the Modbus gateway.")
  static String address = "localhost:502";

  @Flag(help = "How long to wait for the gateway.")
  Duration connectTimeout = Duration.ofSeconds(2);

  @Flag(name = "config.file", help = "Station layout file.")
  static Path configFile = Path.of("/etc/pumps.yml");

  @Flag(help = "Extra Modbus units to poll; repeat the flag.")
  static List<String> extraUnits = List.of();

  @Flag(help = "Modbus unit of the station controller.", env = "PUMP_CONTROLLER_UNIT")
  static int controllerUnit = 1;

  @Flag(help = "Password of the gateway's web interface.", env = "PUMP_GATEWAY_PASSWORD", secret = true)
  static String gatewayPassword;

  /** Runs once the flags are set: connectTimeout has its parsed value here. */
  @Init
  void connect() throws IOException {}

  @Override
  public void close() {}

  /** On the samples of every collector: site="main", read once at start-up. */
  @ConstLabel("site")
  String site() {
    return "main";
  }

  @Gauge(help = "Whether the gateway answered the last poll.")
  boolean isGatewayUp() {
    return true;
  }
}
