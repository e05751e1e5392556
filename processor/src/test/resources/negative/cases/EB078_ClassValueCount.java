package cases;

import dev.exporterbuilder.annotations.Collector;
import dev.exporterbuilder.annotations.Gauge;
import dev.exporterbuilder.annotations.Label;
import java.util.List;

@Collector
class ClassValueCount {
  static class Disk {
    @Label String device;
    long freeBytes;
    private long cached;

    long usedBytes() {
      return 0;
    }
  }

  @Gauge(help = "Disk space.", unit = "bytes")
  List<Disk> disks() { // error: [EB078] class Disk needs exactly one component that is not a @Label, the value; it has 2 (freeBytes, usedBytes()); mark the others @Label or make them private
    return List.of();
  }
}
