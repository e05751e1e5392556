package cases;

import dev.exporterbuilder.annotations.Exporter;
import dev.exporterbuilder.annotations.Gauge;
import dev.exporterbuilder.annotations.Probe;
import dev.exporterbuilder.annotations.Reading;

@Exporter(name = "net", port = 9878, probes = ProbeNameInvalid.class)
class NetExporter {}

@Probe(name = "tcpPing", help = "Ping.") // error: [EB203] probe name "tcpPing" is not snake_case; write something like "tcp_ping"
class ProbeNameInvalid {
  @Reading
  String read(String target) {
    return target;
  }

  @Gauge(name = "ping_length", help = "Length of the target.")
  int length(String target) {
    return target.length();
  }
}
