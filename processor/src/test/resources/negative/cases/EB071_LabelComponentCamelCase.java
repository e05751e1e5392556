package cases;

import dev.exporterbuilder.annotations.Collector;
import dev.exporterbuilder.annotations.Gauge;
import dev.exporterbuilder.annotations.Label;
import java.util.List;

@Collector
class LabelComponentCamelCase {
  record Disk(
      @Label("mountPoint") String mount, // error: [EB071] label name "mountPoint" is camelCase; write "mount_point"; or keep it with @SuppressWarnings("exporter-builder:camel-case")
      long freeBytes) {}

  @Gauge(help = "Free space.", unit = "bytes")
  List<Disk> disks() {
    return List.of();
  }
}
