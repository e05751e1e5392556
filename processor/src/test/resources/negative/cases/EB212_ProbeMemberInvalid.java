package cases;

import dev.exporterbuilder.annotations.Exporter;
import dev.exporterbuilder.annotations.Gauge;
import dev.exporterbuilder.annotations.Probe;
import dev.exporterbuilder.annotations.Reading;

@Exporter(name = "net", port = 9878, probes = ProbeMemberInvalid.class)
class NetExporter {}

@Probe(name = "ping", help = "Ping.")
class ProbeMemberInvalid {
  @Gauge(name = "ping_sent", help = "Pings so far.")
  int count; // error: [EB212] count of probe ping is a field; a probe's metric member is a method that takes nothing or the reading (java.lang.String)

  @Reading
  String read(String target) {
    return target;
  }

  @Gauge(name = "ping_number", help = "The target as a number.")
  int number(Integer target) { // error: [EB212] number() of probe ping takes java.lang.Integer, which the reading's java.lang.String is not; a probe's metric member is a method that takes nothing or the reading (java.lang.String)
    return target;
  }

  @Gauge(name = "ping_both", help = "Two parameters.")
  int both(String target, String other) { // error: [EB061] both() takes 2 parameters; a metric method takes none, or one: what its class's @Reading method returns
    return 0;
  }
}
