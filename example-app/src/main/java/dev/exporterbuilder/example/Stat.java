package dev.exporterbuilder.example;

import dev.exporterbuilder.annotations.Collector;
import dev.exporterbuilder.annotations.Counter;
import dev.exporterbuilder.annotations.Gauge;
import dev.exporterbuilder.annotations.Reading;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Kernel and process statistics from {@code <procfs>/stat}, as node_exporter's stat collector
 * serves them: the lines {@code intr}, {@code ctxt}, {@code btime}, {@code processes},
 * {@code procs_running} and {@code procs_blocked}. The {@code cpu} lines are the {@link Cpu}
 * collector's. The file is read once per run, and every member serves that one reading.
 */
@Collector(name = "stat")
public class Stat {

  /** The lines of one read of {@code /proc/stat} this collector serves. */
  record StatFile(long interrupts, long contextSwitches, long bootTime, long forks, long procsRunning,
      long procsBlocked) {

    private static final Set<String> KEYS = Set.of("intr", "ctxt", "btime", "processes", "procs_running",
        "procs_blocked");

    static StatFile parse(Path file, String content) throws IOException {
      Map<String, Long> values = new HashMap<>();
      for (String line : content.split("\n")) {
        String[] fields = line.strip().split("\\s+");
        if (fields.length >= 2 && KEYS.contains(fields[0])) {
          try {
            values.put(fields[0], Long.parseLong(fields[1]));
          } catch (NumberFormatException e) {
            throw new IOException(file + ": unexpected line \"" + line + "\"", e);
          }
        }
      }
      return new StatFile(field(file, values, "intr"), field(file, values, "ctxt"), field(file, values, "btime"),
          field(file, values, "processes"), field(file, values, "procs_running"),
          field(file, values, "procs_blocked"));
    }

    private static long field(Path file, Map<String, Long> values, String key) throws IOException {
      Long value = values.get(key);
      if (value == null) {
        throw new IOException(file + " has no " + key + " line");
      }
      return value;
    }
  }

  /** Runs once at the start of each run; the members serve what it read. */
  @Reading
  StatFile read() throws IOException {
    Path stat = HostExporter.procfs.resolve("stat");
    return StatFile.parse(stat, ProcFiles.read(stat));
  }

  @Counter(name = "intr", help = "Total number of interrupts serviced.")
  long interrupts(StatFile stat) {
    return stat.interrupts();
  }

  @Counter(name = "context_switches", help = "Total number of context switches.")
  long contextSwitches(StatFile stat) {
    return stat.contextSwitches();
  }

  @Gauge(name = "boot_time", unit = "seconds", help = "Node boot time, in unixtime.")
  long bootTime(StatFile stat) {
    return stat.bootTime();
  }

  @Counter(name = "forks", help = "Total number of forks.")
  long forks(StatFile stat) {
    return stat.forks();
  }

  @Gauge(name = "procs_running", help = "Number of processes in runnable state.")
  long procsRunning(StatFile stat) {
    return stat.procsRunning();
  }

  @Gauge(name = "procs_blocked", help = "Number of processes blocked waiting for I/O to complete.")
  long procsBlocked(StatFile stat) {
    return stat.procsBlocked();
  }
}
