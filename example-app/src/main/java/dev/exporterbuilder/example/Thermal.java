package dev.exporterbuilder.example;

import dev.exporterbuilder.annotations.Collector;
import dev.exporterbuilder.annotations.Counter;
import dev.exporterbuilder.annotations.Gauge;
import dev.exporterbuilder.annotations.Label;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.concurrent.atomic.LongAdder;

/**
 * The kernel's thermal zones, {@code <sysfs>/class/thermal/thermal_zone*}, each with a {@code temp}
 * file in millidegrees Celsius. A machine without zones (many VMs and containers) has no
 * temperature sample rather than a failed collector.
 */
@Collector(name = "thermal")
public class Thermal {

  /**
   * One thermal zone as the kernel describes it: its kind from {@code thermal_zone<N>/type} (such as
   * {@code x86_pkg_temp} or {@code acpitz}) and its number N. The label is named {@code type}, the
   * kernel's and node_exporter's name for it, so the generic-name check is switched off here.
   */
  @SuppressWarnings("exporter-builder:type-label")
  record Zone(@Label String type, @Label String zone, double celsius) {}

  @Gauge(name = "cpu_temperature", unit = "celsius", help = "Highest temperature over the thermal zones in /sys/class/thermal.")
  OptionalDouble cpuTemperature() throws IOException {
    return readZones(true).stream().mapToDouble(Zone::celsius).max();
  }

  @Gauge(name = "thermal_zone_temperature", unit = "celsius", help = "Temperature per thermal zone, labelled by the kernel's zone type and number.")
  List<Zone> zoneTemperatures() throws IOException {
    return readZones(false); // errors are counted once per scrape, by cpuTemperature()
  }

  @Gauge(name = "thermal_zones", help = "Thermal zones found in /sys/class/thermal.")
  int zones() throws IOException {
    return zoneDirectories().size();
  }

  /**
   * Counted by the reading code: one zone that cannot be read costs only that zone. Declared after
   * the gauges because members are read in declaration order, so this count includes the errors of
   * the scrape that reports it.
   */
  @Counter(name = "thermal_zone_read_errors", help = "Thermal zone temperature files that could not be read or parsed.")
  final LongAdder zoneReadErrors = new LongAdder();

  /** Every zone whose temperature can be read; the others are skipped, and counted when asked. */
  private List<Zone> readZones(boolean countErrors) throws IOException {
    List<Zone> zones = new ArrayList<>();
    for (Path zone : zoneDirectories()) {
      OptionalDouble celsius = readCelsius(zone, countErrors);
      if (celsius.isPresent()) {
        String number = zone.getFileName().toString().substring("thermal_zone".length());
        zones.add(new Zone(readType(zone), number, celsius.getAsDouble()));
      }
    }
    return zones;
  }

  /** The zone's temperature, or empty (and, if counting, one more read error) when unreadable or garbage. */
  private OptionalDouble readCelsius(Path zone, boolean countErrors) {
    try {
      long millidegrees = Long.parseLong(Files.readString(zone.resolve("temp")).strip());
      return OptionalDouble.of(millidegrees / 1000.0);
    } catch (IOException | NumberFormatException e) {
      if (countErrors) {
        zoneReadErrors.increment();
      }
      return OptionalDouble.empty();
    }
  }

  /** The zone's kind; empty when the kernel does not say. */
  private static String readType(Path zone) {
    try {
      return Files.readString(zone.resolve("type")).strip();
    } catch (IOException e) {
      return "";
    }
  }

  /** The {@code thermal_zone*} entries; none when {@code class/thermal} does not exist. */
  private static List<Path> zoneDirectories() throws IOException {
    Path thermal = HostExporter.sysfs.resolve("class/thermal");
    List<Path> zones = new ArrayList<>();
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(thermal, "thermal_zone*")) {
      entries.forEach(zones::add);
    } catch (NoSuchFileException e) {
      return List.of();
    }
    return zones;
  }
}
