package dev.exporterbuilder.it;

import dev.exporterbuilder.annotations.Collector;
import dev.exporterbuilder.annotations.Counter;
import dev.exporterbuilder.annotations.Gauge;
import dev.exporterbuilder.annotations.Info;
import dev.exporterbuilder.annotations.Label;
import dev.exporterbuilder.annotations.StateSet;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/** Labelled members with label values that must be escaped, and enum keys. */
@Collector(subsystem = "device")
public class Devices {

  enum Link {
    UP, DOWN;

    @Override
    public String toString() {
      return "link " + name().toLowerCase(Locale.ROOT); // the label must use name(), not this
    }
  }

  @Gauge(help = "Temperature per device.", unit = "celsius", labels = "device")
  Map<String, Double> temperatures() {
    Map<String, Double> temperatures = new LinkedHashMap<>();
    temperatures.put("quote\"d", 1.0);
    temperatures.put("back\\slash", 2.0);
    temperatures.put("new\nline", 3.0);
    temperatures.put("üñí©ødé ✓", 4.0);
    temperatures.put(null, 5.0);
    temperatures.put("skipped", null);
    return temperatures;
  }

  @Counter(help = "Link state changes per state.", labels = "state")
  final Map<Link, Long> changes = new EnumMap<>(Map.of(Link.UP, 7L, Link.DOWN, 2L));

  // "type" is what the kernel calls the zone kind (thermal_zone*/type), as the seed exporter labels it
  @SuppressWarnings("exporter-builder:type-label")
  record Zone(@Label String type, @Label("zone") int index, double celsius) {}

  record Port(@Label String port, @Label Link link, long bytes) {}

  record Flow(@Label String pipe, OptionalDouble rate) {}

  record Firmware(String version, @Label("build") String buildDate) {}

  @Info(help = "Firmware of the device controller.")
  Firmware controller() {
    return new Firmware("2.1.0", "2026-01-05");
  }

  @StateSet(name = "link", help = "State of the uplink.")
  Link uplink() {
    return Link.DOWN;
  }

  /** How many streams the generated collector has closed. */
  static final AtomicInteger streamsClosed = new AtomicInteger();

  @Gauge(help = "Temperature per thermal zone.", unit = "celsius")
  List<Zone> zoneTemperature() {
    return Arrays.asList(new Zone("x86_pkg_temp", 0, 52.5), new Zone("acpi\"tz\"", 1, 40), null, new Zone(null, 2, 1));
  }

  @Counter(help = "Bytes received per port.", unit = "bytes")
  Stream<Port> portReceived() {
    return Stream.of(new Port("eth0", Link.UP, 1500), new Port("eth1", Link.DOWN, 0))
        .onClose(streamsClosed::incrementAndGet);
  }

  @Gauge(help = "Flow per pipe, when measured.", unit = "ratio")
  static Flow[] flows = {new Flow("main", OptionalDouble.of(0.5)), new Flow("spare", OptionalDouble.empty())};

  /** A base class whose @Label the elements inherit. */
  public static class HostDevice {
    @Label public final String host;

    HostDevice(String host) {
      this.host = host;
    }
  }

  /** A plain class as the element: a @Label field, a @Label getter and a value getter, as in JavaBeans. */
  public static class Disk extends HostDevice {
    @Label public final String device;
    private final String mountPoint;
    private final long freeBytes;

    Disk(String device, String mountPoint, long freeBytes) {
      super("db1");
      this.device = device;
      this.mountPoint = mountPoint;
      this.freeBytes = freeBytes;
    }

    @Label("mountpoint")
    public String getMountPoint() {
      return mountPoint;
    }

    public long getFreeBytes() {
      return freeBytes;
    }
  }

  @Gauge(help = "Free space per disk.", unit = "bytes")
  List<Disk> diskFree() {
    return List.of(new Disk("sda1", "/", 1024), new Disk("sdb1", "/data dir", 2048));
  }
}
