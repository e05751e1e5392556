package cases;

import dev.exporterbuilder.annotations.Collector;
import dev.exporterbuilder.annotations.ConstLabel;
import dev.exporterbuilder.annotations.Gauge;
import java.util.List;

@Collector
class ConstLabelTypeUnsupported {
  @ConstLabel("servers") // error: [EB240] @ConstLabel ConstLabelTypeUnsupported.servers() has type java.util.List<java.lang.String>, which cannot be a label value; use a String, a primitive, a box or an enum
  List<String> servers() {
    return List.of();
  }

  @Gauge(help = "Water level.")
  double level;
}
