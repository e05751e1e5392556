package cases;

import dev.exporterbuilder.annotations.Collector;
import dev.exporterbuilder.annotations.ConstLabel;
import dev.exporterbuilder.annotations.Flag;
import dev.exporterbuilder.annotations.Gauge;

@Collector
class ConstLabelSecretFlag {
  @ConstLabel("dsn") // error: [EB248] @ConstLabel ConstLabelSecretFlag.dataSourceName is secret flag --data-source-name, and a label's value is written into every sample, where anyone who can scrape the exporter reads it; label with what is not secret (such as the server's host and port, from a method), or remove @ConstLabel
  @Flag(help = "Connection string, with the password.", env = "DATA_SOURCE_NAME", secret = true)
  String dataSourceName;

  @ConstLabel("server")
  @Flag(help = "Host and port of the database.")
  String server = "db:5432";

  @Gauge(help = "Water level.")
  double level;
}
