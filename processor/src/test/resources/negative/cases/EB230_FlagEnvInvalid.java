package cases;

import dev.exporterbuilder.annotations.Exporter;
import dev.exporterbuilder.annotations.Flag;

@Exporter(name = "db", port = 9877)
class FlagEnvInvalid {
  @Flag(help = "The DSN.", env = "DATA-SOURCE NAME") // error: [EB230] env = "DATA-SOURCE NAME" is not an environment variable name (letters, digits and '_', not starting with a digit); write something like "DATA_SOURCE_NAME"
  static String dsn;

  @Flag(help = "The port.", env = "5432_PORT") // error: [EB230] env = "5432_PORT" is not an environment variable name (letters, digits and '_', not starting with a digit); write something like "_5432_PORT"
  static int port = 5432;
}
