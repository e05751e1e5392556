package cases;

import dev.exporterbuilder.annotations.Collector;
import dev.exporterbuilder.annotations.Gauge;
import dev.exporterbuilder.annotations.Label;
import java.util.List;

@Collector
class ArrayLabel {
  record Disk(
      @Label byte[] id, // error: [EB097] label "id" has the array type byte[], whose toString() differs for every array, so each scrape would make new series; use a String, a number or an enum
      long bytes) {}

  @Gauge(help = "Bytes per disk.", unit = "bytes")
  List<Disk> used() {
    return List.of();
  }
}
