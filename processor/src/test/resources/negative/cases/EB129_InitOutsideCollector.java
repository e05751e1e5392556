package cases;

import dev.exporterbuilder.annotations.Init;

class InitOutsideCollector {
  @Init
  void connect() {} // error: [EB129] @Init method connect() is in InitOutsideCollector, which is neither an @Exporter nor a @Collector, so nothing calls it; move it into the @Exporter or @Collector class whose objects it prepares
}
