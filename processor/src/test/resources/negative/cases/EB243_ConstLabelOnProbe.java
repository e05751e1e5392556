package cases;

import dev.exporterbuilder.annotations.ConstLabel;
import dev.exporterbuilder.annotations.Exporter;
import dev.exporterbuilder.annotations.Gauge;
import dev.exporterbuilder.annotations.Probe;
import dev.exporterbuilder.annotations.Reading;

@Exporter(name = "net", port = 9878, probes = ConstLabelOnProbe.class)
class NetExporter {}

@Probe(name = "ping", help = "Ping.")
class ConstLabelOnProbe {
  @ConstLabel("region")
  static String region = "eu"; // error: [EB243] @ConstLabel ConstLabelOnProbe.region is in probe ConstLabelOnProbe, and probes do not support constant labels; make it a label of the probe's members, or move it to the exporter class, where it labels every collector's samples (not probes')

  @Reading
  String read(String target) {
    return target;
  }

  @Gauge(help = "Whether the target answered.")
  boolean up(String reading) {
    return true;
  }
}
