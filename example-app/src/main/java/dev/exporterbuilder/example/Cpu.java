package dev.exporterbuilder.example;

import dev.exporterbuilder.annotations.Collector;
import dev.exporterbuilder.annotations.Counter;
import dev.exporterbuilder.annotations.Gauge;
import dev.exporterbuilder.annotations.Label;
import dev.exporterbuilder.annotations.Reading;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * Time each CPU spent in each mode, from the {@code cpu<N>} lines of {@code <procfs>/stat}, as
 * node_exporter's cpu collector serves them (without {@code --collector.cpu.info}). The kernel
 * counts in ticks of USER_HZ, which is 100 per second on every architecture Linux exports to user
 * space, so seconds are ticks / 100. Thermal throttle counts and isolated CPUs come from
 * {@code <sysfs>/devices/system/cpu}.
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

  /**
   * Runs once at the start of each run; the members that take it serve what it read. Those that
   * read sysfs take nothing from it, but have no samples when it fails, as in node_exporter.
   */
  @Reading
  CpuFile read() throws IOException {
    Path stat = HostExporter.procfs.resolve("stat");
    return CpuFile.parse(stat, ProcFiles.read(stat));
  }

  @Counter(name = "cpu", unit = "seconds", help = "Seconds the CPUs spent in each mode.")
  List<ModeSeconds> seconds(CpuFile stat) {
    List<ModeSeconds> seconds = new ArrayList<>();
    for (CpuTicks cpu : stat.cpus()) {
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
  List<ModeSeconds> guestSeconds(CpuFile stat) {
    List<ModeSeconds> seconds = new ArrayList<>();
    for (CpuTicks cpu : stat.cpus()) {
      seconds.add(new ModeSeconds(cpu.cpu(), "user", cpu.column(MODES.size()) / USER_HZ));
      seconds.add(new ModeSeconds(cpu.cpu(), "nice", cpu.column(MODES.size() + 1) / USER_HZ));
    }
    return seconds;
  }

  /** A throttle count of one core of one package (a physical processor). */
  record CoreThrottles(@Label("package") String physicalPackage, @Label String core, long count) {}

  /** A throttle count of one package. */
  record PackageThrottles(@Label("package") String physicalPackage, long count) {}

  /**
   * The kernel's {@code thermal_throttle/core_throttle_count} of each core, read from the first of
   * its CPUs (hyper-threads share the count); none on machines without the files, such as VMs.
   */
  @Counter(name = "cpu_core_throttles", help = "Number of times this CPU core has been throttled.")
  List<CoreThrottles> coreThrottles() throws IOException {
    Map<List<String>, CoreThrottles> cores = new LinkedHashMap<>();
    for (Topology cpu : topology()) {
      List<String> core = List.of(cpu.physicalPackage(), cpu.core());
      if (!cores.containsKey(core)) {
        readCount(cpu.directory().resolve("thermal_throttle/core_throttle_count"))
            .ifPresent(count -> cores.put(core, new CoreThrottles(cpu.physicalPackage(), cpu.core(), count)));
      }
    }
    return List.copyOf(cores.values());
  }

  /** {@code thermal_throttle/package_throttle_count}, read from the first CPU of each package that has it. */
  @Counter(name = "cpu_package_throttles", help = "Number of times this CPU package has been throttled.")
  List<PackageThrottles> packageThrottles() throws IOException {
    Map<String, PackageThrottles> packages = new LinkedHashMap<>();
    for (Topology cpu : topology()) {
      if (!packages.containsKey(cpu.physicalPackage())) {
        readCount(cpu.directory().resolve("thermal_throttle/package_throttle_count"))
            .ifPresent(count -> packages.put(cpu.physicalPackage(), new PackageThrottles(cpu.physicalPackage(), count)));
      }
    }
    return List.copyOf(packages.values());
  }

  /** One CPU that is isolated from the scheduler ({@code isolcpus=}); the value is always 1. */
  record Isolated(@Label String cpu, int value) {}

  /** The CPUs listed in {@code <sysfs>/devices/system/cpu/isolated}, such as {@code 2-3,6}; none without the file. */
  @Gauge(name = "cpu_isolated", help = "Whether each core is isolated, information from /sys/devices/system/cpu/isolated.")
  List<Isolated> isolated() throws IOException {
    Path file = HostExporter.sysfs.resolve("devices/system/cpu/isolated");
    String list;
    try {
      list = ProcFiles.read(file).strip();
    } catch (NoSuchFileException e) {
      return List.of();
    }
    List<Isolated> isolated = new ArrayList<>();
    for (String range : list.isEmpty() ? new String[0] : list.split(",")) {
      String[] bounds = range.split("-", 2);
      try {
        int first = Integer.parseInt(bounds[0]);
        int last = bounds.length == 2 ? Integer.parseInt(bounds[1]) : first;
        for (int cpu = first; cpu <= last; cpu++) {
          isolated.add(new Isolated(Integer.toString(cpu), 1));
        }
      } catch (NumberFormatException e) {
        throw new IOException(file + ": unexpected content \"" + list + "\"", e);
      }
    }
    return isolated;
  }

  /** A {@code cpu<N>} directory of sysfs with its package and core ids. */
  private record Topology(Path directory, String physicalPackage, String core) {}

  /**
   * The {@code <sysfs>/devices/system/cpu/cpu<N>} directories in name order, each with the ids in
   * its {@code topology/}; CPUs without them are skipped, as node_exporter does.
   */
  private static List<Topology> topology() throws IOException {
    List<Path> directories = new ArrayList<>();
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(HostExporter.sysfs.resolve("devices/system/cpu"),
        entry -> entry.getFileName().toString().matches("cpu[0-9]+"))) {
      entries.forEach(directories::add);
    } catch (NoSuchFileException e) {
      return List.of();
    }
    directories.sort(Comparator.comparing(Path::toString));
    List<Topology> cpus = new ArrayList<>();
    for (Path directory : directories) {
      OptionalLong physicalPackage = readCount(directory.resolve("topology/physical_package_id"));
      OptionalLong core = readCount(directory.resolve("topology/core_id"));
      if (physicalPackage.isPresent() && core.isPresent()) {
        cpus.add(new Topology(directory, Long.toString(physicalPackage.getAsLong()), Long.toString(core.getAsLong())));
      }
    }
    return cpus;
  }

  /** The number in {@code file}; empty when it is missing or holds no number. */
  private static OptionalLong readCount(Path file) {
    try {
      return OptionalLong.of(Long.parseLong(ProcFiles.read(file).strip()));
    } catch (IOException | NumberFormatException e) {
      return OptionalLong.empty();
    }
  }
}
