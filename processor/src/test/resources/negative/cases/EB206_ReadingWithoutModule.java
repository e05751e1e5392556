package cases;

import dev.exporterbuilder.annotations.Exporter;
import dev.exporterbuilder.annotations.Gauge;
import dev.exporterbuilder.annotations.Probe;
import dev.exporterbuilder.annotations.Reading;
import java.net.InetSocketAddress;

@Exporter(name = "net", port = 9878, probes = ReadingWithoutModule.class)
class NetExporter {}

record PingModule(int count) {}

@Probe(name = "ping", help = "Ping.", module = PingModule.class)
class ReadingWithoutModule {
  @Reading
  String read(InetSocketAddress target) { // error: [EB206] @Reading read() of probe ping takes 1 parameters, not 2; write a method that is not private, returns a value and takes the target and then the module (PingModule module)
    return target.getHostString();
  }

  @Gauge(name = "ping_length", help = "Length of the host.")
  int length(String host) {
    return host.length();
  }
}
