package cases;

import dev.exporterbuilder.annotations.Exporter;
import dev.exporterbuilder.annotations.Flag;

@Exporter(name = "db", port = 9877)
class FlagSecretInSource {
  @Flag(help = "The password.", secret = true)
  static String password = "hunter2"; // warning: [EB234] secret @Flag field password has an initial value in the source, where anyone with the class file can read it; leave it null or "", and give the value in a file (the option's .file form) or an environment variable (env = "..."); or keep it with @SuppressWarnings("exporter-builder:secret-in-source")

  @Flag(help = "The DSN.", secret = true)
  static String dsn = System.getenv("DSN"); // warning: [EB234] secret @Flag field dsn has an initial value in the source, where anyone with the class file can read it; leave it null or "", and give the value in a file (the option's .file form) or an environment variable (env = "..."); or keep it with @SuppressWarnings("exporter-builder:secret-in-source")

  @Flag(help = "A token.", secret = true, env = "TOKEN")
  static String token = "";

  @Flag(help = "A key.", secret = true)
  static String key;

  @Flag(help = "Another key.", secret = true)
  static String otherKey = null;
}
