package cases;

import dev.exporterbuilder.annotations.Exporter;
import dev.exporterbuilder.annotations.Gauge;
import dev.exporterbuilder.annotations.Probe;

@Exporter(name = "net", port = 9878, probes = ProbeWithoutReading.class)
class NetExporter {}

@Probe(name = "ping", help = "Ping.") // error: [EB205] probe ProbeWithoutReading has no @Reading method, which is called with the target of each request; add one such as @Reading Connection connect(InetSocketAddress target)
class ProbeWithoutReading {
  @Gauge(name = "ping_up", help = "Always up.")
  int up() {
    return 1;
  }
}
