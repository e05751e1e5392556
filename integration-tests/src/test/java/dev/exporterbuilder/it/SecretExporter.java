package dev.exporterbuilder.it;

import dev.exporterbuilder.annotations.Exporter;
import dev.exporterbuilder.annotations.Flag;
import dev.exporterbuilder.annotations.Gauge;
import dev.exporterbuilder.annotations.Init;
import java.io.IOException;

/**
 * An exporter with a secret connection string, as a database exporter has: {@link SecretFlagsTest}
 * gives it by the environment, a file and the command line, and looks for it everywhere the
 * exporter writes. Its members and its init fail with the secret in their messages, as a driver's
 * exception may.
 */
@Exporter(name = "secret-it", help = "A database exporter's secret flags, for the integration tests.", port = 19377)
public class SecretExporter {

  @Flag(help = "Connection string, with the password.", env = "SECRET_IT_DATA_SOURCE_NAME", secret = true)
  static String dataSourceName;

  @Flag(help = "Database user.", env = "SECRET_IT_USER")
  static String user = "postgres";

  @Flag(help = "Make the init fail, with the connection string in its message.")
  static boolean failInit;

  @Init
  static void connect() throws IOException {
    if (failInit) {
      throw new IOException("cannot open " + dataSourceName);
    }
  }

  @Gauge(help = "Length of the connection string; -1 without one.")
  static int dataSourceNameLength() {
    return dataSourceName == null ? -1 : dataSourceName.length();
  }

  @Gauge(help = "Length of the user name.")
  static int userLength() {
    return user.length();
  }

  @Gauge(help = "Whether the database answers; fails with the connection string in its message.")
  static int connected() throws IOException {
    throw new IOException("connection refused: " + dataSourceName);
  }
}
