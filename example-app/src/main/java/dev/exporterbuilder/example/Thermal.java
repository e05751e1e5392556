package dev.exporterbuilder.example;

import dev.exporterbuilder.annotations.Collector;
import dev.exporterbuilder.annotations.Counter;
import dev.exporterbuilder.annotations.Gauge;
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

  @Gauge(name = "cpu_temperature", unit = "celsius", help = "Highest temperature over the thermal zones in /sys/class/thermal.")
  OptionalDouble cpuTemperature() throws IOException {
    OptionalDouble highest = OptionalDouble.empty();
    for (Path zone : zoneDirectories()) {
      OptionalDouble celsius = readCelsius(zone);
      if (celsius.isPresent() && (highest.isEmpty() || celsius.getAsDouble() > highest.getAsDouble())) {
        highest = celsius;
      }
    }
    return highest;
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

  /** The zone's temperature, or empty (and one more read error) when its file is unreadable or garbage. */
  private OptionalDouble readCelsius(Path zone) {
    try {
      long millidegrees = Long.parseLong(Files.readString(zone.resolve("temp")).strip());
      return OptionalDouble.of(millidegrees / 1000.0);
    } catch (IOException | NumberFormatException e) {
      zoneReadErrors.increment();
      return OptionalDouble.empty();
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
