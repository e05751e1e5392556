package cases;

import dev.exporterbuilder.annotations.Collector;
import dev.exporterbuilder.annotations.Gauge;
import dev.exporterbuilder.annotations.Label;
import java.util.List;

@Collector
class ElementMemberThrowsThrowable {
  static class Disk {
    @Label
    String name() throws Throwable { // error: [EB066] name() declares throws java.lang.Throwable; a metric method may throw exceptions (and errors), so declare Exception or narrower
      return "sda";
    }

    long bytes() throws Throwable { // error: [EB066] bytes() declares throws java.lang.Throwable; a metric method may throw exceptions (and errors), so declare Exception or narrower
      return 1;
    }
  }

  @Gauge(help = "Bytes.", unit = "bytes")
  List<Disk> size() {
    return List.of();
  }
}
