package dev.exporterbuilder.example;

import dev.exporterbuilder.annotations.Collector;
import dev.exporterbuilder.annotations.Counter;
import dev.exporterbuilder.annotations.Label;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Time each CPU spent in each mode, from the {@code cpu<N>} lines of {@code <procfs>/stat}, as
 * node_exporter's cpu collector serves them. The kernel counts in ticks of USER_HZ, which is 100
 * per second on every architecture Linux exports to user space, so seconds are ticks / 100.
 */
@Collector(name = "cpu")
public class Cpu {

  private static final double USER_HZ = 100.0;

  /** The modes in the order of the columns of a {@code cpu<N>} line, up to {@code steal}. */
  private static final List<String> MODES = List.of("user", "nice", "system", "idle", "iowait", "irq", "softirq",
      "steal");

  /** One CPU's line: its number and its columns in ticks (missing trailing columns are 0). */
  record CpuTicks(String cpu, long[] ticks) {

    long column(int index) {
      return index < ticks.length ? ticks[index] : 0;
    }
  }

  /** The {@code cpu<N>} lines of one read of {@code /proc/stat}. */
  record CpuFile(List<CpuTicks> cpus) {

    static CpuFile parse(Path file, String content) throws IOException {
      List<CpuTicks> cpus = new ArrayList<>();
      for (String line : content.split("\n")) {
        String[] fields = line.strip().split("\\s+");
        if (fields[0].length() > 3 && fields[0].startsWith("cpu") && Character.isDigit(fields[0].charAt(3))) {
          long[] ticks = new long[fields.length - 1];
          try {
            for (int i = 1; i < fields.length; i++) {
              ticks[i - 1] = Long.parseLong(fields[i]);
            }
          } catch (NumberFormatException e) {
            throw new IOException(file + ": unexpected line \"" + line + "\"", e);
          }
          cpus.add(new CpuTicks(fields[0].substring(3), ticks));
        }
      }
      if (cpus.isEmpty()) {
        throw new IOException(file + " has no cpu<N> lines");
      }
      return new CpuFile(cpus);
    }
  }

  /** Seconds of one CPU in one mode. */
  record ModeSeconds(@Label String cpu, @Label String mode, double seconds) {}

  @Counter(name = "cpu", unit = "seconds", help = "Seconds the CPUs spent in each mode.")
  List<ModeSeconds> seconds() throws IOException {
    List<ModeSeconds> seconds = new ArrayList<>();
    for (CpuTicks cpu : read().cpus()) {
      for (int mode = 0; mode < MODES.size(); mode++) {
        seconds.add(new ModeSeconds(cpu.cpu(), MODES.get(mode), cpu.column(mode) / USER_HZ));
      }
    }
    return seconds;
  }

  /**
   * The {@code guest} and {@code guest_nice} columns, as modes {@code user} and {@code nice}: time
   * spent running virtual machines, which the kernel also counts in {@code user} and {@code nice}.
   */
  @Counter(name = "cpu_guest", unit = "seconds", help = "Seconds the CPUs spent in guests (VMs) for each mode.")
  List<ModeSeconds> guestSeconds() throws IOException {
    List<ModeSeconds> seconds = new ArrayList<>();
    for (CpuTicks cpu : read().cpus()) {
      seconds.add(new ModeSeconds(cpu.cpu(), "user", cpu.column(MODES.size()) / USER_HZ));
      seconds.add(new ModeSeconds(cpu.cpu(), "nice", cpu.column(MODES.size() + 1) / USER_HZ));
    }
    return seconds;
  }

  private static CpuFile read() throws IOException {
    Path stat = HostExporter.procfs.resolve("stat");
    return CpuFile.parse(stat, ProcFiles.read(stat));
  }
}
