package cases;

import dev.exporterbuilder.annotations.Exporter;
import dev.exporterbuilder.annotations.Flag;
import java.util.List;

@Exporter(name = "pump", port = 9877)
class FlagUnsupportedType {
  @Flag(help = "Sensor ids.") // error: [EB080] @Flag field sensors has type java.util.List<java.lang.Integer>; use String, int, long, double, boolean (or their boxes), Duration, Path, an enum or List<String>
  static List<Integer> sensors = List.of();
}
