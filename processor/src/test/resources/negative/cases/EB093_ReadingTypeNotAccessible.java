package cases;

import dev.exporterbuilder.annotations.Collector;
import dev.exporterbuilder.annotations.Gauge;
import dev.exporterbuilder.annotations.Reading;

@Collector
class ReadingTypeNotAccessible {
  private record Stat(long ctxt) {}

  @Reading
  Stat read() { // error: [EB093] read() uses Stat, which the generated collector in package cases cannot reach; make it and its enclosing classes non-private
    return new Stat(1);
  }

  @Gauge(help = "Context switches.")
  long contextSwitches(Object stat) {
    return ((Stat) stat).ctxt();
  }
}
