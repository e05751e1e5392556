package cases;

import dev.exporterbuilder.annotations.Collector;
import dev.exporterbuilder.annotations.Gauge;

@Collector
class RecordWithoutLabels {
  record Disk(String device, long freeBytes) {}

  @Gauge(help = "Free space.", unit = "bytes")
  static Disk[] disks = {}; // error: [EB079] record Disk has no @Label component, so its samples cannot be told apart; annotate the components that identify a sample with @Label // error: [EB078] record Disk needs exactly one component that is not a @Label, the value; it has 2 (device, freeBytes); mark the others @Label
}
