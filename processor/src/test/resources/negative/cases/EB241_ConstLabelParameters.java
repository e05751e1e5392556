package cases;

import dev.exporterbuilder.annotations.Collector;
import dev.exporterbuilder.annotations.ConstLabel;
import dev.exporterbuilder.annotations.Gauge;

@Collector
class ConstLabelParameters {
  @ConstLabel("server") // error: [EB241] @ConstLabel ConstLabelParameters.server() takes parameters; write a non-private field, or a non-private method without parameters that returns the value
  String server(int port) {
    return "db:" + port;
  }

  @ConstLabel("mode") // error: [EB241] @ConstLabel ConstLabelParameters.mode() returns nothing; write a non-private field, or a non-private method without parameters that returns the value
  void mode() {}

  @Gauge(help = "Water level.")
  double level;
}
