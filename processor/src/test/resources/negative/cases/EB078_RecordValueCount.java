package cases;

import dev.exporterbuilder.annotations.Collector;
import dev.exporterbuilder.annotations.Gauge;
import dev.exporterbuilder.annotations.Label;
import java.util.stream.Stream;

@Collector
class RecordValueCount {
  record Disk(@Label String device, long freeBytes, long usedBytes) {}

  @Gauge(help = "Disk space.", unit = "bytes")
  Stream<Disk> disks() { // error: [EB078] record Disk needs exactly one component that is not a @Label, the value; it has 2 (freeBytes, usedBytes); mark the others @Label
    return Stream.empty();
  }
}
