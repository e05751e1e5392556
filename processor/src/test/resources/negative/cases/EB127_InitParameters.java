package cases;

import dev.exporterbuilder.annotations.Exporter;
import dev.exporterbuilder.annotations.Flag;
import dev.exporterbuilder.annotations.Init;

@Exporter(name = "pump", port = 9877)
class InitParameters {
  @Flag(help = "Modbus gateway.")
  static String gateway = "localhost:502";

  @Init
  static void connect(String address) {} // error: [EB127] @Init method connect() takes parameters, but it is called with none; read settings from @Flag fields, which are set before it runs
}
