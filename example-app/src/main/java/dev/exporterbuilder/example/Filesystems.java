package dev.exporterbuilder.example;

import dev.exporterbuilder.annotations.Collector;
import dev.exporterbuilder.annotations.Flag;
import dev.exporterbuilder.annotations.Gauge;
import dev.exporterbuilder.annotations.Label;
import java.io.IOException;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.regex.Pattern;

/**
 * Size and free space of each mounted filesystem, as node_exporter's filesystem collector reports
 * them: the mounts from {@code <procfs>/mounts}, the numbers from {@link FileStore} (statvfs).
 *
 * <p>statvfs on a dead network mount can block for minutes, so this collector is cached: it runs
 * in the background every 30 seconds, bounded by 5 seconds, and scrapes serve its last result with
 * {@code host_scrape_collector_cache_age_seconds{collector="filesystem"}}. A mount that hangs costs
 * freshness (success 0 and a growing cache age until it recovers), never a scrape.
 *
 * <p>Each run reads {@code /proc/mounts} and statvfs once: the five members share one
 * {@link #mounts()} result for a second, which covers one run.
 */
@Collector(name = "filesystem", cache = "30s", timeout = "5s")
public class Filesystems {

  @Flag(help = "Regexp of mount points to ignore.")
  String mountPointsExclude = "^/(dev|proc|run/credentials/.+|sys|var/lib/docker/.+|var/lib/containers/storage/.+)($|/)";

  @Flag(help = "Regexp of filesystem types to ignore.")
  String fsTypesExclude = "^(autofs|binfmt_misc|bpf|cgroup2?|configfs|debugfs|devpts|devtmpfs|fusectl|hugetlbfs"
      + "|iso9660|mqueue|nsfs|overlay|proc|procfs|pstore|rpc_pipefs|securityfs|selinuxfs|squashfs|erofs|sysfs"
      + "|tracefs)$";

  /** One sample of a filesystem; empty when statvfs failed for it. */
  public record Usage(
      @Label String device,
      @Label("mountpoint") String mountPoint,
      @Label("fstype") String fsType,
      OptionalLong value) {}

  /** One flag of a filesystem: 1 or 0. */
  public record State(
      @Label String device,
      @Label("mountpoint") String mountPoint,
      @Label("fstype") String fsType,
      boolean value) {}

  /** A line of {@code /proc/mounts}, and its file store unless statvfs failed. */
  record Mount(String device, String mountPoint, String fsType, boolean readOnly, FileStore store) {}

  @Gauge(name = "filesystem_size", unit = "bytes", help = "Filesystem size in bytes.")
  List<Usage> size() throws IOException {
    return usage(Space.TOTAL);
  }

  @Gauge(name = "filesystem_available", unit = "bytes", help = "Filesystem space available to non-root users in bytes.")
  List<Usage> available() throws IOException {
    return usage(Space.USABLE);
  }

  @Gauge(name = "filesystem_free", unit = "bytes", help = "Filesystem free space in bytes.")
  List<Usage> free() throws IOException {
    return usage(Space.UNALLOCATED);
  }

  @Gauge(name = "filesystem_readonly", help = "Whether the filesystem is mounted read-only.")
  List<State> readonly() throws IOException {
    return mounts().stream().map(m -> new State(m.device(), m.mountPoint(), m.fsType(), m.readOnly())).toList();
  }

  @Gauge(name = "filesystem_device_error", help = "Whether an error occurred while getting statistics for the filesystem.")
  List<State> deviceError() throws IOException {
    return mounts().stream().map(m -> new State(m.device(), m.mountPoint(), m.fsType(), m.store() == null)).toList();
  }

  private enum Space { TOTAL, USABLE, UNALLOCATED }

  private List<Usage> usage(Space space) throws IOException {
    List<Usage> usage = new ArrayList<>();
    for (Mount mount : mounts()) {
      usage.add(new Usage(mount.device(), mount.mountPoint(), mount.fsType(), bytes(mount.store(), space)));
    }
    return usage;
  }

  private static OptionalLong bytes(FileStore store, Space space) {
    if (store == null) {
      return OptionalLong.empty();
    }
    try {
      return OptionalLong.of(switch (space) {
        case TOTAL -> store.getTotalSpace();
        case USABLE -> store.getUsableSpace();
        case UNALLOCATED -> store.getUnallocatedSpace();
      });
    } catch (IOException e) {
      return OptionalLong.empty();
    }
  }

  private static final long SHARED_NANOS = 1_000_000_000L;

  private List<Mount> lastMounts;
  private long lastMountsNanos;

  /**
   * The mounts not excluded, as read at most a second ago: the members of one run share one read.
   * Runs of a collector never overlap, so this needs no lock.
   */
  List<Mount> mounts() throws IOException {
    long now = System.nanoTime();
    if (lastMounts == null || now - lastMountsNanos > SHARED_NANOS) {
      lastMounts = readMounts();
      lastMountsNanos = now;
    }
    return lastMounts;
  }

  /**
   * The mounts not excluded, one per mount point (the last mounted wins, as it hides the others),
   * in {@code <procfs>/mounts} order.
   */
  List<Mount> readMounts() throws IOException {
    Pattern mountPoints = Pattern.compile(mountPointsExclude);
    Pattern fsTypes = Pattern.compile(fsTypesExclude);
    Map<String, Mount> byMountPoint = new LinkedHashMap<>();
    for (String line : Files.readAllLines(HostExporter.procfs.resolve("mounts"))) {
      String[] fields = line.strip().split("\\s+");
      if (fields.length < 4) {
        continue;
      }
      String mountPoint = unescape(fields[1]);
      String fsType = fields[2];
      if (mountPoints.matcher(mountPoint).find() || fsTypes.matcher(fsType).find()) {
        continue;
      }
      boolean readOnly = List.of(fields[3].split(",")).contains("ro");
      byMountPoint.remove(mountPoint);
      byMountPoint.put(mountPoint, new Mount(unescape(fields[0]), mountPoint, fsType, readOnly, store(mountPoint)));
    }
    return List.copyOf(byMountPoint.values());
  }

  private static FileStore store(String mountPoint) {
    try {
      return Files.getFileStore(Path.of(mountPoint));
    } catch (IOException | InvalidPathException | SecurityException e) {
      return null;
    }
  }

  /** {@code /proc/mounts} writes space, tab, newline and backslash as {@code \040}, {@code \011}, {@code \012}, {@code \134}. */
  static String unescape(String field) {
    if (field.indexOf('\\') < 0) {
      return field;
    }
    StringBuilder text = new StringBuilder(field.length());
    for (int i = 0; i < field.length(); i++) {
      char c = field.charAt(i);
      if (c == '\\' && isOctal(field, i + 1)) {
        text.append((char) Integer.parseInt(field.substring(i + 1, i + 4), 8));
        i += 3;
      } else {
        text.append(c);
      }
    }
    return text.toString();
  }

  private static boolean isOctal(String field, int start) {
    if (start + 3 > field.length()) {
      return false;
    }
    for (int i = start; i < start + 3; i++) {
      if (field.charAt(i) < '0' || field.charAt(i) > '7') {
        return false;
      }
    }
    return true;
  }
}
