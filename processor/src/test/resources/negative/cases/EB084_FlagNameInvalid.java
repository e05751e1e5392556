package cases;

import dev.exporterbuilder.annotations.Exporter;
import dev.exporterbuilder.annotations.Flag;
import java.util.List;

@Exporter(name = "pump", port = 9877)
class FlagNameInvalid {
  @Flag(
      name = "Modbus_Gateway", // error: [EB084] flag name "Modbus_Gateway" is not lowercase words joined by '.' or '-'; write something like "modbus-gateway"
      help = "Modbus gateway.")
  static String gateway = "localhost";
}
