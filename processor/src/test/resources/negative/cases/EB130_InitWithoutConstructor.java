package cases;

import dev.exporterbuilder.annotations.Collector;
import dev.exporterbuilder.annotations.Exporter;
import dev.exporterbuilder.annotations.Gauge;

@Exporter(name = "pump", port = 9877, collectors = Pool.class)
class InitWithoutConstructor {}

/** Static members only, so the Main would not create it, but closing it needs an instance. */
@Collector
class Pool implements AutoCloseable { // error: [EB130] the constructor of Pool cannot be called by InitWithoutConstructorMain in package cases; give it a non-private constructor without parameters: the Main creates one to close it at shutdown, since it is AutoCloseable
  private Pool() {}

  @Gauge(help = "Open connections.")
  static int connections() {
    return 1;
  }

  @Override
  public void close() {}
}
