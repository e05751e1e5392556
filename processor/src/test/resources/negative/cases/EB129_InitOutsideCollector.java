package cases;

import dev.exporterbuilder.annotations.Init;

class InitOutsideCollector {
  @Init
  void connect() {} // error: [EB129] @Init method connect() is in InitOutsideCollector, which is neither an @Exporter, a @Collector nor a @Probe, so nothing calls it; move it into the @Exporter, @Collector or @Probe class whose objects it prepares
}
