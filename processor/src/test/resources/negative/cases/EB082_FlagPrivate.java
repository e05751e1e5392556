package cases;

import dev.exporterbuilder.annotations.Exporter;
import dev.exporterbuilder.annotations.Flag;
import java.util.List;

@Exporter(name = "pump", port = 9877)
class FlagPrivate {
  @Flag(help = "Modbus gateway.")
  private static String gateway = "localhost"; // error: [EB082] @Flag field gateway is private, so the generated Main cannot assign it; make it package-private or wider
}
