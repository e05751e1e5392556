package cases;

import dev.exporterbuilder.annotations.Exporter;
import dev.exporterbuilder.annotations.Flag;
import java.util.List;

@Exporter(name = "pump", port = 9877)
class FlagHelpMissing {
  @Flag(
      help = " ") // error: [EB083] @Flag field gateway needs a help text; write help = "..."
  static String gateway = "localhost";
}
