package cases;

import dev.exporterbuilder.annotations.Collector;
import dev.exporterbuilder.annotations.Histogram;
import dev.exporterbuilder.runtime.ConstHistogram;
import java.util.Map;

@Collector
class LabelReservedForType {
  @Histogram(
      help = "Request latency.",
      unit = "seconds",
      labels = "le") // error: [EB072] label "le" is reserved for the buckets of histograms; choose another name
  Map<String, ConstHistogram> latency() {
    return Map.of();
  }
}
