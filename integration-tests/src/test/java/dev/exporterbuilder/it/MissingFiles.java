package dev.exporterbuilder.it;

import dev.exporterbuilder.annotations.Collector;
import dev.exporterbuilder.annotations.Gauge;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Members that each read a file that is not there, as node_exporter's collectors would with
 * {@code --path.procfs=/nonexistent}: five share one cause, one has a cause of its own.
 */
@Collector(name = "missing_files")
public class MissingFiles {

  private static final Path MEMINFO = Path.of("/nonexistent/meminfo");

  private static double field(String name) throws IOException {
    return Files.readString(MEMINFO).contains(name) ? 1 : 0;
  }

  @Gauge(help = "Total memory.", unit = "bytes")
  static double memTotal() throws IOException {
    return field("MemTotal");
  }

  @Gauge(help = "Free memory.", unit = "bytes")
  static double memFree() throws IOException {
    return field("MemFree");
  }

  @Gauge(help = "Available memory.", unit = "bytes")
  static double memAvailable() throws IOException {
    return field("MemAvailable");
  }

  @Gauge(help = "Buffer memory.", unit = "bytes")
  static double buffers() throws IOException {
    return field("Buffers");
  }

  @Gauge(help = "Cache memory.", unit = "bytes")
  static double cached() throws IOException {
    return field("Cached");
  }

  @Gauge(help = "Open file descriptors.")
  static double fileDescriptors() throws IOException {
    return Files.readString(Path.of("/nonexistent/file-nr")).length();
  }
}
