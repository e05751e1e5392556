package dev.exporterbuilder.example;

import dev.exporterbuilder.annotations.Collector;
import dev.exporterbuilder.annotations.Counter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.OptionalDouble;

/**
 * Pressure stall information (PSI) from {@code <procfs>/pressure/cpu}, whose first line reads
 * {@code some avg10=0.00 avg60=0.00 avg300=0.00 total=123456} with the total in microseconds.
 * Kernels before 4.20 have no such file: then there is no sample. Off unless
 * {@code --collector.pressure} is given.
 */
@Collector(name = "pressure", subsystem = "pressure", enabledByDefault = false)
public class Pressure {

  private static final double MICROSECONDS_PER_SECOND = 1_000_000.0;

  @Counter(name = "cpu_waiting", unit = "seconds", help = "Total time in seconds that processes have waited for CPU time (PSI some total).")
  OptionalDouble cpuWaiting() throws IOException {
    Path cpu = HostExporter.procfs.resolve("pressure/cpu");
    String content;
    try {
      content = Files.readString(cpu);
    } catch (NoSuchFileException e) {
      return OptionalDouble.empty();
    }
    return OptionalDouble.of(someTotalMicroseconds(cpu, content) / MICROSECONDS_PER_SECOND);
  }

  /** The {@code total=} field of the {@code some} line. */
  private static long someTotalMicroseconds(Path file, String content) throws IOException {
    for (String line : content.split("\n")) {
      if (line.startsWith("some ")) {
        for (String field : line.split("\\s+")) {
          if (field.startsWith("total=")) {
            try {
              return Long.parseLong(field.substring("total=".length()));
            } catch (NumberFormatException e) {
              throw new IOException(file + ": unexpected line \"" + line + "\"", e);
            }
          }
        }
      }
    }
    throw new IOException(file + " has no \"some ... total=\" line");
  }
}
