package cases;

import dev.exporterbuilder.annotations.Collector;
import dev.exporterbuilder.annotations.Counter;
import dev.exporterbuilder.annotations.Gauge;
import dev.exporterbuilder.annotations.Reading;

@Collector
class ParameterTypeMismatch {
  record Stat(long ctxt) {}

  record Meminfo(long total) {}

  @Reading
  static Stat read() {
    return new Stat(1);
  }

  @Counter(help = "Context switches.")
  long contextSwitches(Stat stat) {
    return stat.ctxt();
  }

  @Gauge(help = "Memory.", unit = "bytes")
  long memory(Meminfo meminfo) { // error: [EB115] memory() takes a cases.ParameterTypeMismatch.Meminfo, but @Reading read() returns cases.ParameterTypeMismatch.Stat; declare the parameter as cases.ParameterTypeMismatch.Stat or a supertype
    return meminfo.total();
  }
}
