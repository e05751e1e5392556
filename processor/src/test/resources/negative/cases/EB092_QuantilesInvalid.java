package cases;

import dev.exporterbuilder.annotations.Collector;
import dev.exporterbuilder.annotations.Summary;

@Collector
class QuantilesInvalid {
  @Summary(
      help = "Request size.",
      unit = "bytes",
      quantiles = {0.5, 99}) // error: [EB092] quantiles [0.5, 99.0] must each be between 0 and 1 exclusive and listed once; write e.g. {0.5, 0.9, 0.99}
  io.prometheus.metrics.core.metrics.Summary size;
}
