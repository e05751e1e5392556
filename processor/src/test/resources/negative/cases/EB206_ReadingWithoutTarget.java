package cases;

import dev.exporterbuilder.annotations.Exporter;
import dev.exporterbuilder.annotations.Gauge;
import dev.exporterbuilder.annotations.Probe;
import dev.exporterbuilder.annotations.Reading;

@Exporter(name = "net", port = 9878, probes = ReadingWithoutTarget.class)
class NetExporter {}

@Probe(name = "ping", help = "Ping.")
class ReadingWithoutTarget {
  @Reading
  String read() { // error: [EB206] @Reading read() of probe ping takes no target; write a method that is not private, returns a value and takes the target
    return "";
  }

  @Gauge(name = "ping_up", help = "Always up.")
  int up() {
    return 1;
  }
}
