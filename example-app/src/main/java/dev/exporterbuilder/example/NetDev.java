package dev.exporterbuilder.example;

import dev.exporterbuilder.annotations.Collector;
import dev.exporterbuilder.annotations.Counter;
import dev.exporterbuilder.annotations.Flag;
import dev.exporterbuilder.annotations.Label;
import dev.exporterbuilder.annotations.Reading;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The counters of each network device from {@code <procfs>/net/dev}, as node_exporter's netdev
 * collector serves them when it reads that file ({@code --no-collector.netdev.netlink}): one family
 * per column, named after the file's header ({@code receive_bytes} ... {@code transmit_compressed}),
 * labelled by device. {@code lo} is excluded by default, as there.
 *
 * <p>The file's lines read {@code   eth0: 36432227 3168 0 0 0 0 0 0 378909 2887 0 0 0 0 0 0} after
 * two header lines: eight receive columns, then eight transmit columns.
 */
@Collector(name = "netdev")
public class NetDev {

  @Flag(help = "Regexp of net devices to exclude.")
  String deviceExclude = "^lo$";

  /** The columns of a device line, in order. */
  static final int COLUMNS = 16;

  /**
   * One device's line: its name and its 16 counters. The kernel's counters are unsigned 64-bit,
   * which a long cannot hold; a double holds them as node_exporter's float64 does.
   */
  record Device(String name, double[] columns) {}

  /** The device lines of one read of {@code /proc/net/dev}. */
  record NetDevFile(List<Device> devices) {

    static NetDevFile parse(Path file, String content) throws IOException {
      List<Device> devices = new ArrayList<>();
      List<String> lines = content.lines().toList();
      for (String line : lines.subList(Math.min(2, lines.size()), lines.size())) {
        int colon = line.indexOf(':');
        String[] fields = line.substring(colon + 1).strip().split("\\s+");
        if (colon < 0 || fields.length != COLUMNS) {
          throw new IOException(file + ": unexpected line \"" + line + "\"");
        }
        double[] columns = new double[COLUMNS];
        try {
          for (int i = 0; i < COLUMNS; i++) {
            columns[i] = Double.parseDouble(fields[i]);
          }
        } catch (NumberFormatException e) {
          throw new IOException(file + ": unexpected line \"" + line + "\"", e);
        }
        devices.add(new Device(line.substring(0, colon).strip(), columns));
      }
      return new NetDevFile(devices);
    }

    /** Column {@code index} of each device. */
    List<DeviceCount> column(int index) {
      return devices.stream().map(device -> new DeviceCount(device.name(), device.columns()[index])).toList();
    }
  }

  /** One device's value of one column. */
  record DeviceCount(@Label String device, double value) {}

  /**
   * Runs once at the start of each run, and leaves out the devices that
   * {@code --collector.netdev.device-exclude} matches; the members serve what it read.
   */
  @Reading
  NetDevFile read() throws IOException {
    Path dev = HostExporter.procfs.resolve("net/dev");
    Pattern exclude = Pattern.compile(deviceExclude);
    List<Device> devices = NetDevFile.parse(dev, ProcFiles.read(dev)).devices();
    return new NetDevFile(devices.stream().filter(device -> !exclude.matcher(device.name()).find()).toList());
  }

  @Counter(name = "network_receive_bytes", help = "Network device statistic receive_bytes.")
  List<DeviceCount> receiveBytes(NetDevFile devices) {
    return devices.column(0);
  }

  @Counter(name = "network_receive_packets", help = "Network device statistic receive_packets.")
  List<DeviceCount> receivePackets(NetDevFile devices) {
    return devices.column(1);
  }

  @Counter(name = "network_receive_errs", help = "Network device statistic receive_errs.")
  List<DeviceCount> receiveErrs(NetDevFile devices) {
    return devices.column(2);
  }

  @Counter(name = "network_receive_drop", help = "Network device statistic receive_drop.")
  List<DeviceCount> receiveDrop(NetDevFile devices) {
    return devices.column(3);
  }

  @Counter(name = "network_receive_fifo", help = "Network device statistic receive_fifo.")
  List<DeviceCount> receiveFifo(NetDevFile devices) {
    return devices.column(4);
  }

  @Counter(name = "network_receive_frame", help = "Network device statistic receive_frame.")
  List<DeviceCount> receiveFrame(NetDevFile devices) {
    return devices.column(5);
  }

  @Counter(name = "network_receive_compressed", help = "Network device statistic receive_compressed.")
  List<DeviceCount> receiveCompressed(NetDevFile devices) {
    return devices.column(6);
  }

  @Counter(name = "network_receive_multicast", help = "Network device statistic receive_multicast.")
  List<DeviceCount> receiveMulticast(NetDevFile devices) {
    return devices.column(7);
  }

  @Counter(name = "network_transmit_bytes", help = "Network device statistic transmit_bytes.")
  List<DeviceCount> transmitBytes(NetDevFile devices) {
    return devices.column(8);
  }

  @Counter(name = "network_transmit_packets", help = "Network device statistic transmit_packets.")
  List<DeviceCount> transmitPackets(NetDevFile devices) {
    return devices.column(9);
  }

  @Counter(name = "network_transmit_errs", help = "Network device statistic transmit_errs.")
  List<DeviceCount> transmitErrs(NetDevFile devices) {
    return devices.column(10);
  }

  @Counter(name = "network_transmit_drop", help = "Network device statistic transmit_drop.")
  List<DeviceCount> transmitDrop(NetDevFile devices) {
    return devices.column(11);
  }

  @Counter(name = "network_transmit_fifo", help = "Network device statistic transmit_fifo.")
  List<DeviceCount> transmitFifo(NetDevFile devices) {
    return devices.column(12);
  }

  @Counter(name = "network_transmit_colls", help = "Network device statistic transmit_colls.")
  List<DeviceCount> transmitColls(NetDevFile devices) {
    return devices.column(13);
  }

  @Counter(name = "network_transmit_carrier", help = "Network device statistic transmit_carrier.")
  List<DeviceCount> transmitCarrier(NetDevFile devices) {
    return devices.column(14);
  }

  @Counter(name = "network_transmit_compressed", help = "Network device statistic transmit_compressed.")
  List<DeviceCount> transmitCompressed(NetDevFile devices) {
    return devices.column(15);
  }
}
