package cases;

import dev.exporterbuilder.annotations.Exporter;
import dev.exporterbuilder.annotations.Gauge;
import dev.exporterbuilder.annotations.Probe;
import dev.exporterbuilder.annotations.Reading;

@Exporter(name = "net", port = 9878, probes = ProbeDuplicateMetric.class)
class NetExporter {}

@Probe(name = "ping", help = "Ping.")
class ProbeDuplicateMetric {
  @Reading
  String read(String target) {
    return target;
  }

  @Gauge(name = "ping_length", help = "Length of the target.")
  int length(String target) {
    return target.length();
  }

  @Gauge(name = "ping_length", help = "Length again.")
  int size(String target) { // error: [EB211] size() exposes probe_ping_length, as length() of this probe does; give one of them another name
    return target.length();
  }
}
