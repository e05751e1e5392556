package cases;

import dev.exporterbuilder.annotations.Exporter;
import dev.exporterbuilder.annotations.Gauge;
import dev.exporterbuilder.annotations.Probe;
import dev.exporterbuilder.annotations.Reading;
import java.util.Map;

@Exporter(name = "net", port = 9878, probes = ProbeMemberNamedFromData.class)
class NetExporter {}

@Probe(name = "ping", help = "Ping.")
class ProbeMemberNamedFromData {
  @Reading
  String read(String target) {
    return target;
  }

  @Gauge(name = "{key}_x", help = "One family per key.")
  Map<String, Double> k(String reading) { // error: [EB213] k() of probe ping has {key} in its name, but probes do not name families from data; name it without {key} and give the key as a label, such as @Gauge(name = "x", labels = "key") returning Map<String, V>
    return Map.of(reading, 1.0);
  }
}
