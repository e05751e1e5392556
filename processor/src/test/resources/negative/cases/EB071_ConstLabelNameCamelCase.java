package cases;

import dev.exporterbuilder.annotations.ConstLabel;
import dev.exporterbuilder.annotations.Exporter;
import dev.exporterbuilder.annotations.Gauge;

@Exporter(name = "db", port = 9878)
class ConstLabelNameCamelCase {
  @ConstLabel("serverName") // error: [EB071] label name "serverName" is camelCase; write "server_name"; or keep it with @SuppressWarnings("exporter-builder:camel-case")
  static String server = "db:5432";

  /** Not on a histogram here, so a legacy name that may be kept. */
  @ConstLabel("le")
  static String bucket = "x";

  @Gauge(help = "Whether the database answered.")
  boolean up() {
    return true;
  }
}
