package cases;

import dev.exporterbuilder.annotations.Collector;
import dev.exporterbuilder.annotations.Histogram;

@Collector
class AggregateNotSupportedYet {
  @Histogram(help = "Latency read from the device.", unit = "seconds")
  double latency; // error: [EB059] @Histogram on latency: in this version @Histogram and @Summary annotate a field of client_java's Histogram or Summary, which your code observes into; declare the field with that type
}
