package cases;

import dev.exporterbuilder.annotations.Collector;
import dev.exporterbuilder.annotations.Histogram;
import dev.exporterbuilder.annotations.Label;
import dev.exporterbuilder.annotations.Summary;
import dev.exporterbuilder.runtime.ConstHistogram;
import java.util.List;
import java.util.Map;

@Collector
class AggregateValueUnsupported {
  @Histogram(help = "Latency read from the device.", unit = "seconds")
  double latency; // error: [EB098] latency has type double; a scrape-time @Histogram member returns ConstHistogram (alone, as map values or as the value component of records), or is a field of client_java's Histogram that your code observes into

  @Summary(help = "Latency per device.", unit = "seconds", labels = "device")
  Map<String, Double> perDevice; // error: [EB098] perDevice has type java.util.Map<java.lang.String,java.lang.Double>; a scrape-time @Summary member returns ConstSummary (alone, as map values or as the value component of records), or is a field of client_java's Summary that your code observes into

  record Port(@Label String port, ConstHistogram latency) {}

  @Summary(help = "Latency per port.", unit = "seconds")
  List<Port> ports; // error: [EB098] ports has type java.util.List<cases.AggregateValueUnsupported.Port>; a scrape-time @Summary member returns ConstSummary (alone, as map values or as the value component of records), or is a field of client_java's Summary that your code observes into
}
