package cases;

import dev.exporterbuilder.annotations.Collector;
import dev.exporterbuilder.annotations.Counter;
import dev.exporterbuilder.annotations.Gauge;

@Collector
class MemberPrivate {
  @Gauge(help = "Water level.")
  private double level; // error: [EB060] level is private; the generated collector reads it, so make it package-private or wider
}
