package cases;

import dev.exporterbuilder.annotations.Collector;
import dev.exporterbuilder.annotations.ConstLabel;
import dev.exporterbuilder.annotations.Gauge;

@Collector(name = "tank")
class ConstLabelDuplicate {
  @ConstLabel("server")
  String host = "db";

  @ConstLabel("server") // error: [EB244] constant label "server" is also given by ConstLabelDuplicate.host, and both would label the samples of collector tank; give it once
  String server() {
    return "db:5432";
  }

  @Gauge(help = "Water level.")
  double level;
}
