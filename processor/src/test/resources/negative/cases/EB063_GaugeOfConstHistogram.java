package cases;

import dev.exporterbuilder.annotations.Collector;
import dev.exporterbuilder.annotations.Gauge;
import dev.exporterbuilder.runtime.ConstHistogram;

@Collector
class GaugeOfConstHistogram {
  @Gauge(help = "Latency read from the device.", unit = "seconds")
  ConstHistogram latency; // error: [EB063] latency has type dev.exporterbuilder.runtime.ConstHistogram, which cannot be a metric value; use a number, a box, Number, a boolean, OptionalDouble/Long/Int, an atomic or an adder
}
