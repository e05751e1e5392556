package ${package};

import dev.exporterbuilder.annotations.Collector;
import dev.exporterbuilder.annotations.Flag;
import dev.exporterbuilder.annotations.Gauge;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalDouble;

/**
 * One collector, {@code host}: switched off with {@code --no-collector.host}, and reported on by
 * {@code ${namespace}_scrape_collector_success{collector="host"}}. Each member is read on every scrape,
 * in its own {@code try}: one that throws costs only its own sample. Replace these members with
 * what your exporter reads (a device, a REST API, a database), or add collectors beside this one.
 */
@Collector(name = "host")
public class Host {

  /** The path whose filesystem is reported: {@code --collector.host.path=/var}. */
  @Flag(help = "A path on the filesystem whose free space is reported.")
  Path path = Path.of("/");

  @Gauge(help = "Processors available to the JVM.")
  int processors() {
    return Runtime.getRuntime().availableProcessors();
  }

  /** No sample where the system has no load average. */
  @Gauge(help = "System load average over the last minute.")
  OptionalDouble load1() {
    double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    return load < 0 ? OptionalDouble.empty() : OptionalDouble.of(load);
  }

  @Gauge(help = "Space available to unprivileged users on the filesystem of --collector.host.path.", unit = "bytes")
  long filesystemAvail() throws IOException {
    return Files.getFileStore(path).getUsableSpace();
  }
}
