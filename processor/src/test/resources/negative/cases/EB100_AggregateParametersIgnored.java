package cases;

import dev.exporterbuilder.annotations.Collector;
import dev.exporterbuilder.annotations.Histogram;
import dev.exporterbuilder.annotations.Summary;
import dev.exporterbuilder.runtime.ConstHistogram;
import dev.exporterbuilder.runtime.ConstSummary;

@Collector
class AggregateParametersIgnored {
  @Histogram(help = "Latency read from the device.", unit = "seconds",
      buckets = {0.1, 1}) // error: [EB100] @Histogram on latency: a ConstHistogram carries its own buckets, so these would be ignored; remove buckets, or make the member a field of client_java's Histogram to have them applied
  ConstHistogram latency;

  @Summary(help = "Size read from the device.", unit = "bytes",
      quantiles = {0.5}) // error: [EB100] @Summary on size: a ConstSummary carries its own quantiles, so these would be ignored; remove quantiles, or make the member a field of client_java's Summary to have them applied
  ConstSummary size;
}
