package cases;

import dev.exporterbuilder.annotations.Exporter;
import dev.exporterbuilder.annotations.Flag;
import java.util.List;

@Exporter(name = "pump", port = 9877)
class FlagNameReserved {
  @Flag(
      name = "web.listen-port", // error: [EB085] flag --web.listen-port collides with the standard flags (--web.*, --log.*, --collector.*, --help, --version); choose another name
      help = "Port.")
  static int port = 9877;
}
