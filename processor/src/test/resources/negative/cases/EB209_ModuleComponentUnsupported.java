package cases;

import dev.exporterbuilder.annotations.Exporter;
import dev.exporterbuilder.annotations.Gauge;
import dev.exporterbuilder.annotations.Probe;
import dev.exporterbuilder.annotations.Reading;
import java.util.List;
import java.util.Map;

@Exporter(name = "net", port = 9878, probes = ModuleComponentUnsupported.class)
class NetExporter {}

record PingModule(
    int count,
    Map<String, String> headers, // error: [EB209] component headers of module PingModule has type java.util.Map<java.lang.String,java.lang.String>, which the config file cannot give; use String, int, long, double, boolean (or their boxes), Duration, Path, an enum or List<String>
    List<Integer> sizes) {} // error: [EB209] component sizes of module PingModule has type java.util.List<java.lang.Integer>, which the config file cannot give; use String, int, long, double, boolean (or their boxes), Duration, Path, an enum or List<String>

@Probe(name = "ping", help = "Ping.", module = PingModule.class)
class ModuleComponentUnsupported {
  @Reading
  String read(String target, PingModule module) {
    return target;
  }

  @Gauge(name = "ping_length", help = "Length of the target.")
  int length(String target) {
    return target.length();
  }
}
