package cases;

import dev.exporterbuilder.annotations.Exporter;
import dev.exporterbuilder.annotations.Flag;
import java.util.List;

@Exporter(name = "pump", port = 9877)
class FlagFinal {
  @Flag(help = "Modbus gateway.")
  static final String gateway = "localhost"; // error: [EB081] @Flag field gateway is final, so the parsed value cannot be assigned; remove final
}
