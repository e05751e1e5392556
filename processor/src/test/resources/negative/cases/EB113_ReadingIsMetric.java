package cases;

import dev.exporterbuilder.annotations.Collector;
import dev.exporterbuilder.annotations.Gauge;
import dev.exporterbuilder.annotations.Reading;

@Collector
class ReadingIsMetric {
  @Reading
  @Gauge(help = "Water level.")
  double level() { // error: [EB113] level() is both the @Reading and a metric (@Gauge); keep @Reading here and expose the value from a member that takes the reading as its parameter
    return 1;
  }
}
