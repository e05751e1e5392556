package cases;

import dev.exporterbuilder.annotations.Collector;
import dev.exporterbuilder.annotations.ConstLabel;
import dev.exporterbuilder.annotations.Gauge;

@Collector
class ConstLabelPrivate {
  @ConstLabel("server") // error: [EB241] @ConstLabel ConstLabelPrivate.server is private; write a non-private field, or a non-private method without parameters that returns the value
  private String server = "db:5432";

  @Gauge(help = "Water level.")
  double level;
}
