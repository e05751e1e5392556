package cases;

import dev.exporterbuilder.annotations.Exporter;
import dev.exporterbuilder.annotations.Flag;

@Exporter(name = "db", port = 9877)
class FlagEnvLowercase {
  @Flag(help = "The user.", env = "pg_user") // warning: [EB231] env = "pg_user" has lower-case letters, unlike the variables exporters read (DATA_SOURCE_NAME); write "PG_USER"; or keep it with @SuppressWarnings("exporter-builder:lowercase-env")
  static String user;

  @SuppressWarnings("exporter-builder:lowercase-env")
  @Flag(help = "The proxy, as curl reads it.", env = "https_proxy")
  static String proxy;
}
