package cases;

import dev.exporterbuilder.annotations.Collector;
import dev.exporterbuilder.annotations.Gauge;
import dev.exporterbuilder.annotations.Label;
import java.util.List;

@Collector
class LabelsAttributeWithRecords {
  record Disk(@Label String device, long freeBytes) {}

  @Gauge(
      help = "Free space per disk.",
      labels = "device") // error: [EB076] disks() returns records, whose @Label components are the labels; remove labels
  List<Disk> disks() {
    return List.of();
  }
}
