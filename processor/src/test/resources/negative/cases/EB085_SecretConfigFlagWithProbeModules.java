package cases;

import dev.exporterbuilder.annotations.Exporter;
import dev.exporterbuilder.annotations.Flag;
import dev.exporterbuilder.annotations.Gauge;
import dev.exporterbuilder.annotations.Probe;
import dev.exporterbuilder.annotations.Reading;

@Exporter(name = "net", port = 9878, probes = SecretPing.class)
class SecretConfigFlagWithProbeModules {
  @Flag(help = "Layout, secret.", secret = true) // error: [EB085] flag --config collides with the standard flags (--config.file, its .file form, reads the modules of the probes); choose another name
  static String config;
}

record SecretPingModule(int count) {}

@Probe(name = "ping", help = "Ping.", module = SecretPingModule.class)
class SecretPing {
  @Reading
  String read(String target, SecretPingModule module) {
    return target;
  }

  @Gauge(name = "ping_length", help = "Length of the target.")
  int length(String target) {
    return target.length();
  }
}
