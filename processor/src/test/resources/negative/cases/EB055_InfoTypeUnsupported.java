package cases;

import dev.exporterbuilder.annotations.Collector;
import dev.exporterbuilder.annotations.Info;

@Collector
class InfoTypeUnsupported {
  @Info(help = "Firmware version.")
  String firmware() { // error: [EB055] firmware() has type java.lang.String; an @Info member returns a record, each component a label, or a Map<String, String> of label names to values
    return "2.1.0";
  }
}
