package cases;

import dev.exporterbuilder.annotations.Exporter;
import dev.exporterbuilder.annotations.Gauge;
import dev.exporterbuilder.annotations.Probe;
import dev.exporterbuilder.annotations.Reading;

@Exporter(name = "net", port = 9878, probes = ProbeNameReserved.class)
class NetExporter {}

@Probe(name = "ping", help = "Ping.")
class ProbeNameReserved {
  @Reading
  String read(String target) {
    return target;
  }

  @Gauge(help = "Whether the ping worked.")
  boolean success(String target) { // error: [EB210] success() would expose probe_success, which every probe response has already; give it another name
    return true;
  }

  @Gauge(name = "duration", unit = "seconds", help = "How long it took.")
  double duration(String target) { // error: [EB210] duration() would expose probe_duration_seconds, which every probe response has already; give it another name
    return 0;
  }
}
