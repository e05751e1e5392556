package cases;

import dev.exporterbuilder.annotations.Gauge;
import dev.exporterbuilder.annotations.Probe;
import dev.exporterbuilder.annotations.Reading;

@Probe(name = "ping", help = "Ping.") // warning: [EB202] probe ProbeNotListed is not listed in the probes of any @Exporter of this compilation, so nothing serves it here; add it to @Exporter(probes = ...), or ignore this if an exporter compiled elsewhere lists it; or keep it with @SuppressWarnings("exporter-builder:unlisted-probe")
class ProbeNotListed {
  @Reading
  String read(String target) {
    return target;
  }

  @Gauge(name = "ping_length", help = "Length of the target.")
  int length(String target) {
    return target.length();
  }
}
