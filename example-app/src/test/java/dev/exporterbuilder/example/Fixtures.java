package dev.exporterbuilder.example;

import dev.exporterbuilder.testsupport.ExporterProcess;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The fake {@code proc/} and {@code sys/} trees under {@code src/test/resources/fixtures} and the
 * values they hold, for unit tests (which point {@link HostExporter}'s paths at them) and for the
 * exporter started as a process (which gets them as {@code --path.procfs}/{@code --path.sysfs}).
 */
final class Fixtures {

  static final Path PROCFS = resource("fixtures/proc");
  static final Path SYSFS = resource("fixtures/sys");

  /** {@code proc/loadavg}: {@code 0.52 0.58 0.59 1/467 12345}. */
  static final double LOAD1 = 0.52;
  static final double LOAD5 = 0.58;
  static final double LOAD15 = 0.59;

  /** {@code proc/meminfo}: MemTotal 16318480 kB, MemAvailable 9876544 kB. */
  static final long MEMORY_TOTAL_BYTES = 16_318_480L * 1024;
  static final long MEMORY_AVAILABLE_BYTES = 9_876_544L * 1024;

  /** {@code sys/class/thermal}: zones at 45000 and 52500 millidegrees, and one with garbage. */
  static final double HIGHEST_ZONE_CELSIUS = 52.5;
  static final int THERMAL_ZONES = 3;
  static final int GARBAGE_ZONES = 1;

  /** {@code proc/pressure/cpu}: {@code some ... total=12345678} microseconds. */
  static final double CPU_WAITING_SECONDS = 12.345678;

  private static final Path DEFAULT_PROCFS = HostExporter.procfs;
  private static final Path DEFAULT_SYSFS = HostExporter.sysfs;

  private Fixtures() {}

  /** Points the collectors at the fixture trees. */
  static void useFixtureTrees() {
    useTrees(PROCFS, SYSFS);
  }

  static void useTrees(Path procfs, Path sysfs) {
    HostExporter.procfs = procfs;
    HostExporter.sysfs = sysfs;
  }

  /** Puts back the flag defaults, {@code /proc} and {@code /sys}. */
  static void restoreDefaultTrees() {
    useTrees(DEFAULT_PROCFS, DEFAULT_SYSFS);
  }

  /** Starts {@code HostExporterMain} as a process on a free loopback port over the fixture trees, plus {@code args}. */
  static ExporterProcess startExporter(String... args) throws IOException {
    return ExporterProcess.start(HostExporterMain.class, exporterArgs(args));
  }

  /** The flags that serve the fixture trees on a free loopback port, then {@code args}. */
  static String[] exporterArgs(String... args) {
    List<String> all = new ArrayList<>(List.of(
        "--web.listen-address=127.0.0.1:0",
        "--path.procfs=" + PROCFS,
        "--path.sysfs=" + SYSFS));
    all.addAll(List.of(args));
    return all.toArray(String[]::new);
  }

  /** Writes {@code content} to {@code root/relative}, creating the directories. */
  static Path write(Path root, String relative, String content) {
    Path file = root.resolve(relative);
    try {
      Files.createDirectories(file.getParent());
      return Files.writeString(file, content);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Path resource(String name) {
    URL url = Fixtures.class.getClassLoader().getResource(name);
    if (url == null) {
      throw new IllegalStateException(name + " is not on the test class path");
    }
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
