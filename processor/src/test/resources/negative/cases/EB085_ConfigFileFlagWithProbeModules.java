package cases;

import dev.exporterbuilder.annotations.Exporter;
import dev.exporterbuilder.annotations.Flag;
import dev.exporterbuilder.annotations.Gauge;
import dev.exporterbuilder.annotations.Probe;
import dev.exporterbuilder.annotations.Reading;
import java.nio.file.Path;

@Exporter(name = "net", port = 9878, probes = Ping.class)
class ConfigFileFlagWithProbeModules {
  @Flag(name = "config.file", help = "Layout.") // error: [EB085] flag --config.file collides with the standard flags (--config.file reads the modules of the probes); choose another name
  static Path layout;
}

record PingModule(int count) {}

@Probe(name = "ping", help = "Ping.", module = PingModule.class)
class Ping {
  @Reading
  String read(String target, PingModule module) {
    return target;
  }

  @Gauge(name = "ping_length", help = "Length of the target.")
  int length(String target) {
    return target.length();
  }
}
