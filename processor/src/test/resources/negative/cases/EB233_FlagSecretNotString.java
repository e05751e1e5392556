package cases;

import dev.exporterbuilder.annotations.Exporter;
import dev.exporterbuilder.annotations.Flag;

@Exporter(name = "db", port = 9877)
class FlagSecretNotString {
  @Flag(help = "The PIN.", secret = true) // error: [EB233] @Flag field pin is secret but has type int; only a String flag can be secret: make it a String, or remove secret = true
  static int pin;
}
