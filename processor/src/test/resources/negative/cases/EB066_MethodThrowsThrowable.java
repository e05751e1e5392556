package cases;

import dev.exporterbuilder.annotations.Collector;
import dev.exporterbuilder.annotations.Gauge;

@Collector
class MethodThrowsThrowable {
  @Gauge(help = "Water level.")
  double level() throws Throwable { // error: [EB066] level() declares throws java.lang.Throwable; a metric method may throw exceptions (and errors), so declare Exception or narrower
    return 1;
  }
}
