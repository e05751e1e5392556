package cases;

import dev.exporterbuilder.annotations.Collector;
import dev.exporterbuilder.annotations.Gauge;
import dev.exporterbuilder.annotations.Label;
import java.util.List;

@Collector
class ElementMemberUnreadable {
  static class Disk {
    @Label
    private String device; // error: [EB101] device of class Disk cannot be read by the generated collector: it is private; make it an instance field or a method without parameters that returns a value, not private (public when the class is in another package)

    @Label("mountpoint")
    static String mount; // error: [EB101] mount of class Disk cannot be read by the generated collector: it is static; make it an instance field or a method without parameters that returns a value, not private (public when the class is in another package)

    @Label
    String fsType(boolean verbose) { // error: [EB101] fsType() of class Disk cannot be read by the generated collector: it takes parameters; make it an instance field or a method without parameters that returns a value, not private (public when the class is in another package)
      return "ext4";
    }

    long freeBytes;
  }

  @Gauge(help = "Free space.", unit = "bytes")
  List<Disk> disks() {
    return List.of();
  }
}
