package dev.exporterbuilder.example;

import dev.exporterbuilder.annotations.Collector;
import dev.exporterbuilder.annotations.Gauge;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The load averages from {@code <procfs>/loadavg}, whose one line reads
 * {@code 0.52 0.58 0.59 1/467 12345}: the 1, 5 and 15 minute averages come first.
 */
@Collector(name = "loadavg")
public class LoadAverage {

  @Gauge(help = "1m load average.")
  double load1() throws IOException {
    return loadAverage(0);
  }

  @Gauge(help = "5m load average.")
  double load5() throws IOException {
    return loadAverage(1);
  }

  @Gauge(help = "15m load average.")
  double load15() throws IOException {
    return loadAverage(2);
  }

  private static double loadAverage(int field) throws IOException {
    Path loadavg = HostExporter.procfs.resolve("loadavg");
    String line = Files.readString(loadavg).strip();
    String[] fields = line.split("\\s+");
    try {
      return Double.parseDouble(fields[field]);
    } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
      throw new IOException(loadavg + ": unexpected content \"" + line + "\"", e);
    }
  }
}
