package cases;

import dev.exporterbuilder.annotations.Exporter;
import dev.exporterbuilder.annotations.Flag;

@Exporter(name = "pump", port = 9877)
class DuplicateFlag {
  @Flag(name = "gateway", help = "Modbus gateway.")
  static String gateway = "localhost"; // error: [EB086] flag --gateway is also declared by DuplicateFlag.modbusGateway; give one of them another name

  @Flag(name = "gateway", help = "Modbus gateway, again.")
  static String modbusGateway = "localhost"; // error: [EB086] flag --gateway is also declared by DuplicateFlag.gateway; give one of them another name
}
