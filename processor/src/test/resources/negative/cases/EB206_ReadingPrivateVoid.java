package cases;

import dev.exporterbuilder.annotations.Exporter;
import dev.exporterbuilder.annotations.Gauge;
import dev.exporterbuilder.annotations.Probe;
import dev.exporterbuilder.annotations.Reading;

@Exporter(name = "net", port = 9878, probes = ReadingPrivateVoid.class)
class NetExporter {}

@Probe(name = "ping", help = "Ping.")
class ReadingPrivateVoid {
  @Reading
  private void read(String target) {} // error: [EB206] @Reading read() of probe ping is private; write a method that is not private, returns a value and takes the target // error: [EB206] @Reading read() of probe ping returns void; write a method that is not private, returns a value and takes the target

  @Reading
  String again(String target) { // error: [EB206] @Reading again() of probe ping is a second one; a probe has one; write a method that is not private, returns a value and takes the target
    return target;
  }

  @Gauge(name = "ping_up", help = "Always up.")
  int up() {
    return 1;
  }
}
