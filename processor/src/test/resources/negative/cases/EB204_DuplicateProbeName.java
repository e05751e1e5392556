package cases;

import dev.exporterbuilder.annotations.Exporter;
import dev.exporterbuilder.annotations.Gauge;
import dev.exporterbuilder.annotations.Probe;
import dev.exporterbuilder.annotations.Reading;

@Exporter(
    name = "net",
    port = 9878,
    probes = {Ping.class, OtherPing.class}) // error: [EB204] probe name "ping" is also used by Ping in this exporter; give one of them another name
class DuplicateProbeName {}

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

@Probe(name = "ping", help = "Another ping.")
class OtherPing {
  @Reading
  String read(String target) {
    return target;
  }

  @Gauge(name = "ping_size", help = "Length of the target.")
  int length(String target) {
    return target.length();
  }
}
