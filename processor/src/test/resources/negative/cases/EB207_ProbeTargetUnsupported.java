package cases;

import dev.exporterbuilder.annotations.Exporter;
import dev.exporterbuilder.annotations.Gauge;
import dev.exporterbuilder.annotations.Probe;
import dev.exporterbuilder.annotations.Reading;
import java.net.InetAddress;

@Exporter(name = "net", port = 9878, probes = ProbeTargetUnsupported.class)
class NetExporter {}

@Probe(name = "ping", help = "Ping.")
class ProbeTargetUnsupported {
  @Reading
  String read(InetAddress target) { // error: [EB207] the target parameter of read() has type java.net.InetAddress; a target is a String, a java.net.URI or a java.net.InetSocketAddress (host:port)
    return target.getHostAddress();
  }

  @Gauge(name = "ping_length", help = "Length of the address.")
  int length(String address) {
    return address.length();
  }
}
