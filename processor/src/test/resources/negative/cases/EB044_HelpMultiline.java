package cases;

import dev.exporterbuilder.annotations.Collector;
import dev.exporterbuilder.annotations.Counter;
import dev.exporterbuilder.annotations.Gauge;

@Collector
class HelpMultiline {
  @Gauge(
      help = "Water level.\nIn meters.") // error: [EB044] help must be one line; remove the line break
  double level;
}
