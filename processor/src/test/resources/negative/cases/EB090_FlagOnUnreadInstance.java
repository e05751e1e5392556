package cases;

import dev.exporterbuilder.annotations.Exporter;
import dev.exporterbuilder.annotations.Flag;

@Exporter(name = "pump", port = 9877)
class FlagOnUnreadInstance {
  @Flag(help = "Modbus gateway.")
  String gateway = "localhost"; // error: [EB090] @Flag field gateway is an instance field of an exporter class that declares no metrics, so nothing reads the instance it is set on; make it static so that collectors can read it
}
