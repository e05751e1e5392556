package cases;

import dev.exporterbuilder.annotations.ConstLabel;
import dev.exporterbuilder.annotations.Exporter;
import dev.exporterbuilder.annotations.Gauge;

@Exporter(name = "db", port = 9878)
class ConstLabelNameCamelCase {
  @ConstLabel("serverName") // error: [EB071] label name "serverName" is camelCase; write "server_name"; or keep it with @SuppressWarnings("exporter-builder:camel-case")
  static String server = "db:5432";

  @ConstLabel("le") // error: [EB072] label "le" is reserved for the buckets of histograms; choose another name
  static String bucket = "x";

  @Gauge(help = "Whether the database answered.")
  boolean up() {
    return true;
  }
}
