package cases;

import dev.exporterbuilder.annotations.Exporter;
import dev.exporterbuilder.annotations.Gauge;
import dev.exporterbuilder.annotations.Probe;
import dev.exporterbuilder.annotations.Reading;

@Exporter(
    name = "net",
    port = 9878,
    probes = {Ping.class, Ping.class}) // error: [EB201] Ping is listed twice in @Exporter(probes); list it once
class ProbeListedTwice {}

@Probe(name = "ping", help = "Ping.")
class Ping {
  @Reading
  String read(String target) {
    return target;
  }

  @Gauge(name = "ping_length", help = "Length of the target.")
  int length(String target) {
    return target.length();
  }
}
