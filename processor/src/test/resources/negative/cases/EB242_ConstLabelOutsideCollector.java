package cases;

import dev.exporterbuilder.annotations.ConstLabel;

class ConstLabelOutsideCollector {
  @ConstLabel("server")
  String server() { // error: [EB242] @ConstLabel ConstLabelOutsideCollector.server() is in ConstLabelOutsideCollector, which is neither an @Exporter nor a @Collector class; move it to the exporter class (it labels the samples of every collector) or to the collector whose samples it labels
    return "db:5432";
  }
}
