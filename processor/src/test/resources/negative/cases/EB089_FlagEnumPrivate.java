package cases;

import dev.exporterbuilder.annotations.Exporter;
import dev.exporterbuilder.annotations.Flag;

@Exporter(name = "pump", port = 9877)
class FlagEnumPrivate {
  private enum Mode { FAST, SAFE }

  @Flag(help = "Delivery mode.")
  static Mode mode = Mode.FAST; // error: [EB089] @Flag field mode cannot be set by FlagEnumPrivateMain in package cases; make enum Mode non-private
}
