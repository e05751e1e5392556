package dev.exporterbuilder.example;

import dev.exporterbuilder.annotations.Collector;
import dev.exporterbuilder.annotations.Gauge;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Memory sizes from {@code <procfs>/meminfo}, whose lines read {@code MemTotal:  16318480 kB}; the
 * kernel's "kB" is 1024 bytes.
 */
@Collector(name = "meminfo")
public class Memory {

  @Gauge(name = "memory_total", unit = "bytes", help = "Total usable memory (MemTotal in /proc/meminfo).")
  long memoryTotal() throws IOException {
    return meminfoBytes("MemTotal");
  }

  @Gauge(name = "memory_available", unit = "bytes", help = "Memory available for starting new applications without swapping (MemAvailable in /proc/meminfo).")
  long memoryAvailable() throws IOException {
    return meminfoBytes("MemAvailable");
  }

  private static long meminfoBytes(String key) throws IOException {
    Path meminfo = HostExporter.procfs.resolve("meminfo");
    List<String> lines = Files.readAllLines(meminfo);
    for (String line : lines) {
      if (line.startsWith(key + ":")) {
        String[] fields = line.substring(key.length() + 1).strip().split("\\s+");
        try {
          return Math.multiplyExact(Long.parseLong(fields[0]), 1024L);
        } catch (NumberFormatException | ArithmeticException e) {
          throw new IOException(meminfo + ": unexpected line \"" + line + "\"", e);
        }
      }
    }
    throw new IOException(meminfo + " has no " + key + " line");
  }
}
