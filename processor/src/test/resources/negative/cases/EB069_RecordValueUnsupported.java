package cases;

import dev.exporterbuilder.annotations.Collector;
import dev.exporterbuilder.annotations.Gauge;
import dev.exporterbuilder.annotations.Label;
import java.util.List;

@Collector
class RecordValueUnsupported {
  record Disk(@Label String device, String model) {}

  @Gauge(help = "Disks.")
  List<Disk> disks() { // error: [EB069] the value component model of record Disk has type java.lang.String, which cannot be a metric value; use a number, a box, Number, a boolean, OptionalDouble/Long/Int, an atomic or an adder
    return List.of();
  }
}
