package dev.exporterbuilder.example;

import dev.exporterbuilder.annotations.Collector;
import dev.exporterbuilder.annotations.Gauge;
import dev.exporterbuilder.annotations.KeyCase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Every line of {@code <procfs>/meminfo}, one family each with node_exporter's names: lines such as
 * {@code MemTotal:  16318480 kB} in bytes (the kernel's "kB" is 1024 bytes), lines without a unit
 * such as {@code HugePages_Total:  0} as they are.
 */
@Collector(name = "meminfo")
public class Memory {

  /** host_memory_MemTotal_bytes, host_memory_Active_anon_bytes, ...: the lines in kB. */
  @Gauge(name = "memory_{key}", unit = "bytes", keyCase = KeyCase.KEEP,
      help = "Memory information field {key}_bytes.")
  Map<String, Long> sizes() throws IOException {
    return meminfo(true);
  }

  /** host_memory_HugePages_Total, ...: the lines without a unit. */
  @Gauge(name = "memory_{key}", keyCase = KeyCase.KEEP, help = "Memory information field {key}.")
  Map<String, Long> counts() throws IOException {
    return meminfo(false);
  }

  /** The fields of the lines in kB, in bytes, or those of the lines without a unit. */
  private static Map<String, Long> meminfo(boolean inKilobytes) throws IOException {
    Path meminfo = HostExporter.procfs.resolve("meminfo");
    Map<String, Long> fields = new LinkedHashMap<>();
    for (String line : Files.readAllLines(meminfo)) {
      int colon = line.indexOf(':');
      String[] value = colon < 0 ? new String[0] : line.substring(colon + 1).strip().split("\\s+");
      if (value.length == 0 || value.length > 2 || (value.length == 2 && !value[1].equals("kB"))) {
        throw new IOException(meminfo + ": unexpected line \"" + line + "\"");
      }
      if ((value.length == 2) != inKilobytes) {
        continue;
      }
      try {
        long number = Long.parseLong(value[0]);
        fields.put(line.substring(0, colon), inKilobytes ? Math.multiplyExact(number, 1024L) : number);
      } catch (NumberFormatException | ArithmeticException e) {
        throw new IOException(meminfo + ": unexpected line \"" + line + "\"", e);
      }
    }
    return fields;
  }
}
