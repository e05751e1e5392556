package dev.exporterbuilder.example;

import dev.exporterbuilder.annotations.Exporter;
import dev.exporterbuilder.annotations.Flag;
import java.nio.file.Path;

/**
 * A host exporter: CPU time and temperature, load, memory, network devices and filesystems of the
 * machine it runs on, read from {@code /proc} and {@code /sys} on every scrape. Its collectors
 * {@code stat}, {@code cpu}, {@code netdev}, {@code loadavg}, {@code filefd} and {@code uname}
 * serve what node_exporter's of the same names serve, under the namespace {@code host}. The
 * processor writes {@code HostExporterMain}, whose command line has the standard exporter flags
 * plus {@code --path.procfs} and {@code --path.sysfs}.
 * It also probes TCP targets at {@code /probe}, as blackbox_exporter's {@code tcp} prober does,
 * with the modules of {@code --config.file} ({@code probes.yml}).
 *
 * <p>The mount points are static so that every collector reads them, as node_exporter's flags of
 * the same names are read by all its collectors. Point them at a copy of the trees to test or to
 * read a container host's {@code /proc} mounted elsewhere.
 */
@Exporter(
    name = "host",
    help = "Host metrics from /proc and /sys: CPU time and temperature, load, memory, network devices, file"
        + " handles and filesystems.",
    port = 9731,
    collectors = {Thermal.class, LoadAverage.class, Memory.class, Filesystems.class, Pressure.class,
        RpcSimulator.class, Stat.class, Cpu.class, NetDev.class, FileFd.class, Uname.class},
    probes = TcpProbe.class)
public class HostExporter {

  @Flag(name = "path.procfs", help = "procfs mountpoint.")
  static Path procfs = Path.of("/proc");

  @Flag(name = "path.sysfs", help = "sysfs mountpoint.")
  static Path sysfs = Path.of("/sys");
}
