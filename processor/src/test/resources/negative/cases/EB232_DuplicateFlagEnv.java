package cases;

import dev.exporterbuilder.annotations.Exporter;
import dev.exporterbuilder.annotations.Flag;

@Exporter(name = "db", port = 9877)
class DuplicateFlagEnv {
  @Flag(help = "The primary's DSN.", env = "DATA_SOURCE_NAME") // error: [EB232] flag --primary reads environment variable DATA_SOURCE_NAME, as --replica (DuplicateFlagEnv.replica) does; give one of them another variable
  static String primary;

  @Flag(help = "The replica's DSN.", env = "DATA_SOURCE_NAME") // error: [EB232] flag --replica reads environment variable DATA_SOURCE_NAME, as --primary (DuplicateFlagEnv.primary) does; give one of them another variable
  static String replica;
}
