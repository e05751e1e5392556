package cases;

import dev.exporterbuilder.annotations.Exporter;
import dev.exporterbuilder.annotations.Gauge;
import dev.exporterbuilder.annotations.Probe;
import dev.exporterbuilder.annotations.Reading;

@Exporter(name = "net", port = 9878, probes = ModuleNotARecord.class)
class NetExporter {}

class PingModule {
  int count;
}

@Probe(name = "ping", help = "Ping.", module = PingModule.class) // error: [EB208] module cases.PingModule of probe ping is not a record; declare the module's settings as a record, such as record TcpModule(String send, Duration pause)
class ModuleNotARecord {
  @Reading
  String read(String target, PingModule module) {
    return target;
  }

  @Gauge(name = "ping_length", help = "Length of the target.")
  int length(String target) {
    return target.length();
  }
}
