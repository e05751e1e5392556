package cases;

import dev.exporterbuilder.annotations.Collector;
import dev.exporterbuilder.annotations.Gauge;
import dev.exporterbuilder.annotations.Init;

@Collector
class InitTwice {
  @Init
  void connect() {}

  @Init
  void warmUp() {} // error: [EB128] InitTwice has two @Init methods, connect() and warmUp(); keep one and call the other from it

  @Gauge(help = "Whether the gateway answers.")
  boolean up() {
    return true;
  }
}
