package dev.exporterbuilder.example;

import dev.exporterbuilder.annotations.Collector;
import dev.exporterbuilder.annotations.Gauge;
import dev.exporterbuilder.annotations.Reading;
import java.io.IOException;
import java.nio.file.Path;

/**
 * The load averages from {@code <procfs>/loadavg}, whose one line reads
 * {@code 0.52 0.58 0.59 1/467 12345}: the 1, 5 and 15 minute averages come first. The file is read
 * once per run, so the three averages are from one moment.
 */
@Collector(name = "loadavg")
public class LoadAverage {

  /** The averages of one read of {@code loadavg}. */
  record Loads(double load1, double load5, double load15) {

    static Loads parse(Path file, String content) throws IOException {
      String line = content.strip();
      String[] fields = line.split("\\s+");
      try {
        return new Loads(Double.parseDouble(fields[0]), Double.parseDouble(fields[1]), Double.parseDouble(fields[2]));
      } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
        throw new IOException(file + ": unexpected content \"" + line + "\"", e);
      }
    }
  }

  /** Runs once at the start of each run; the members serve what it read. */
  @Reading
  Loads read() throws IOException {
    Path loadavg = HostExporter.procfs.resolve("loadavg");
    return Loads.parse(loadavg, ProcFiles.read(loadavg));
  }

  @Gauge(help = "1m load average.")
  double load1(Loads loads) {
    return loads.load1();
  }

  @Gauge(help = "5m load average.")
  double load5(Loads loads) {
    return loads.load5();
  }

  @Gauge(help = "15m load average.")
  double load15(Loads loads) {
    return loads.load15();
  }
}
