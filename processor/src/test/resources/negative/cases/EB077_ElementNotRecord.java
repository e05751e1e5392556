package cases;

import dev.exporterbuilder.annotations.Collector;
import dev.exporterbuilder.annotations.Gauge;
import java.util.List;

@Collector
class ElementNotRecord {
  @Gauge(help = "Queue depths.")
  List<Integer> depths() { // error: [EB077] depths() yields java.lang.Integer, which is neither a record nor a class with @Label fields or methods; yield records whose @Label components are the labels and whose one other component is the value
    return List.of();
  }
}
