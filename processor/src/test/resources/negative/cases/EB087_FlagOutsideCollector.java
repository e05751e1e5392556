package cases;

import dev.exporterbuilder.annotations.Flag;

class FlagOutsideCollector {
  @Flag(help = "Modbus gateway.")
  String gateway = "localhost"; // error: [EB087] @Flag field gateway is in FlagOutsideCollector, which is neither an @Exporter nor a @Collector; move it into the @Exporter class (a static field collectors can read) or into the @Collector that uses it
}
