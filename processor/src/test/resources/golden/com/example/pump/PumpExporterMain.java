package com.example.pump;

import dev.exporterbuilder.runtime.ExporterRuntime;
import dev.exporterbuilder.runtime.generated.CollectorDefinition;
import dev.exporterbuilder.runtime.generated.ExporterDefinition;
import dev.exporterbuilder.runtime.generated.FlagDefinition;
import dev.exporterbuilder.runtime.generated.Lifecycle;
import java.lang.Boolean;
import java.lang.Double;
import java.lang.Integer;
import java.lang.Long;
import java.lang.String;
import java.nio.file.Path;
import java.time.Duration;
import javax.annotation.processing.Generated;

/**
 * The command line of exporter {@code pump-station}, generated from {@link PumpExporter}.
 * Run it with {@code --help} for its flags.
 */
@Generated("dev.exporterbuilder.processor.ExporterProcessor")
public final class PumpExporterMain {
  private PumpExporterMain() {
  }

  /**
   * Serves the exporter until SIGTERM or SIGINT; exits 2 on a bad flag, 1 if it cannot listen.
   */
  public static void main(String[] args) {
    ExporterRuntime.main(PumpExporterMain::definition, args);
  }

  /**
   * The exporter as the runtime serves it, bound to new instances of its classes.
   */
  public static ExporterDefinition definition() {
    PumpExporter exporter = new PumpExporter();
    Pumps pumps = new Pumps();
    Diagnostics diagnostics = new Diagnostics();
    Valves valves = new Valves();
    Rpc rpc = new Rpc();
    Controller controller = new Controller();
    Meter meter = new Meter();
    Registers registers = new Registers();
    return ExporterDefinition.builder("pump-station", 9877, PumpExporterMain.class)
        .help("Water pumps of one station, read over Modbus.")
        .namespace("pump_station")
        .lifecycle(Lifecycle.init("PumpExporter.connect", exporter::connect)
            .andClose("PumpExporter", exporter))
        .constLabel("site", "PumpExporter.site()", () -> exporter.site())
        .flag(FlagDefinition.of("modbus.address", "Host and port of the Modbus gateway.",
            String.class, PumpExporter.address, value -> PumpExporter.address = value))
        .flag(FlagDefinition.of("connect-timeout", "How long to wait for the gateway.",
            Duration.class, exporter.connectTimeout, value -> exporter.connectTimeout = value))
        .flag(FlagDefinition.of("config.file", "Station layout file.", Path.class,
            PumpExporter.configFile, value -> PumpExporter.configFile = value))
        .flag(FlagDefinition.stringList("extra-units",
            "Extra Modbus units to poll; repeat the flag.", PumpExporter.extraUnits,
            value -> PumpExporter.extraUnits = value))
        .flag(FlagDefinition.of("controller-unit", "Modbus unit of the station controller.",
            Integer.class, PumpExporter.controllerUnit,
            value -> PumpExporter.controllerUnit = value).env("PUMP_CONTROLLER_UNIT"))
        .flag(FlagDefinition.of("gateway-password", "Password of the gateway's web interface.",
            String.class, PumpExporter.gatewayPassword,
            value -> PumpExporter.gatewayPassword = value).env("PUMP_GATEWAY_PASSWORD").secret())
        .flag(FlagDefinition.of("collector.pumps.unit", "Pump unit to read.", Integer.class,
            pumps.unit, value -> pumps.unit = value))
        .flag(FlagDefinition.of("collector.pumps.mode", "Operating mode to assume.",
            Pumps.Mode.class, pumps.mode, value -> pumps.mode = value))
        .flag(FlagDefinition.of("collector.pumps.flow-scale", "Scale factor for the flow sensor.",
            Double.class, pumps.flowScale, value -> pumps.flowScale = value))
        .flag(FlagDefinition.of("collector.pumps.read-pressure", "Read the pressure sensor.",
            Boolean.class, pumps.readPressure, value -> pumps.readPressure = value))
        .flag(FlagDefinition.of("collector.pumps.poll-budget", "Sensor poll budget.", Long.class,
            pumps.pollBudget, value -> pumps.pollBudget = value))
        .collector(CollectorDefinition.of("pump_station", true,
            new PumpExporterCollector(exporter)))
        .collector(CollectorDefinition.of("pumps", true, new PumpsCollector(pumps)))
        .collector(CollectorDefinition.of("tank", true, new TankCollector())
            .cache(Duration.ofSeconds(90)).timeout(Duration.ofMillis(1500))
            .lifecycle(Lifecycle.init("Tank.calibrate", Tank::calibrate))
            .constLabel("tank", "Tank.TANK", () -> Tank.TANK))
        .collector(CollectorDefinition.of("diagnostics", false,
            new DiagnosticsCollector(diagnostics)).timeout(Duration.ofSeconds(10)))
        .collector(CollectorDefinition.of("valves", true, new ValvesCollector(valves))
            .lifecycle(Lifecycle.closing("Valves", valves)))
        .collector(CollectorDefinition.of("rpc", true, new RpcCollector(rpc)))
        .collector(CollectorDefinition.of("controller", true, new ControllerCollector(controller)))
        .collector(CollectorDefinition.of("meter", true, new MeterCollector(meter)))
        .collector(CollectorDefinition.of("registers", true, new RegistersCollector(registers)))
        .build();
  }
}
