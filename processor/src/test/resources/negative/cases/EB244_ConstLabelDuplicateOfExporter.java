package cases;

import dev.exporterbuilder.annotations.Collector;
import dev.exporterbuilder.annotations.ConstLabel;
import dev.exporterbuilder.annotations.Exporter;
import dev.exporterbuilder.annotations.Gauge;

@Exporter(name = "db", port = 9878, collectors = ConstLabelDuplicateOfExporter.class)
class DbExporter {
  @ConstLabel("server")
  static String server = "db:5432";
}

@Collector(name = "tank")
class ConstLabelDuplicateOfExporter {
  @ConstLabel("server") // error: [EB244] constant label "server" is also given by DbExporter.server, and both would label the samples of collector tank; give it once
  String server() {
    return "db:5432";
  }

  @Gauge(help = "Water level.")
  double level;
}
