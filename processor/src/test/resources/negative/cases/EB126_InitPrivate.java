package cases;

import dev.exporterbuilder.annotations.Collector;
import dev.exporterbuilder.annotations.Exporter;
import dev.exporterbuilder.annotations.Gauge;
import dev.exporterbuilder.annotations.Init;

@Exporter(name = "pump", port = 9877, collectors = Gateway.class)
class InitPrivate {}

@Collector
class Gateway {
  @Init
  private void connect() {} // error: [EB126] @Init method connect() is private, so the generated Main cannot call it; make it package-private or wider

  @Gauge(help = "Whether the gateway answers.")
  boolean up() {
    return true;
  }
}
