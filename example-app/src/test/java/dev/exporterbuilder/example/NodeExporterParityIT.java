package dev.exporterbuilder.example;

import static org.junit.jupiter.api.Assertions.fail;

import dev.exporterbuilder.testsupport.ExporterProcess;
import dev.exporterbuilder.testsupport.Http;
import dev.exporterbuilder.testsupport.MetricFamilies;
import dev.exporterbuilder.testsupport.MetricFamilies.Family;
import dev.exporterbuilder.testsupport.NodeExporterServer;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The example against the real node_exporter (the Debian package {@code prometheus-node-exporter})
 * on this machine's {@code /proc}: both run with only the collectors the example reproduces, are
 * scraped back to back, and must serve the same families ({@code node_} is {@code host_}) with the
 * same TYPE, HELP, label names, label sets and values.
 *
 * <p>Values: each round scrapes node_exporter, then the example, then node_exporter again, so a
 * counter of the example must lie between node_exporter's two readings; static values must be
 * equal; the gauges that move by themselves get the tolerance {@link #check} gives each. A round
 * whose only differences are values that moved is repeated, up to {@link #ROUNDS} rounds.
 *
 * <p>node_exporter reads {@code /proc/net/dev} here ({@code --no-collector.netdev.netlink}):
 * its default since 1.5 is netlink, a kernel socket interface ({@code AF_NETLINK}) that the JDK's
 * sockets do not offer, which adds {@code receive_nohandler} to the file's 16 columns.
 */
class NodeExporterParityIT {

  /** The node_exporter collectors the example reproduces, enabled alone on both sides. */
  private static final List<String> COLLECTORS = List.of("stat", "cpu", "netdev", "loadavg", "filefd", "uname",
      "meminfo");

  /**
   * Families that describe the exporter process rather than the host, served by one side only, with
   * the reason; by node_exporter's name, or the example's for its own.
   */
  private static final Map<String, String> INTERNALS = Map.of(
      "node_exporter_build_info", "labelled by Go's build: version, revision, branch, goversion, goos, goarch",
      "host_exporter_build_info", "labelled by the example's build: version, revision, javaversion",
      "promhttp_metric_handler_errors_total",
          "client_golang's HTTP handler counts its own encoding errors, even with --web.disable-exporter-metrics",
      "host_scrape_collector_dropped_samples_total",
          "the example counts the samples of families named from data that it drops (name invalid or taken)");

  /**
   * Families compared in all but HELP, which names the exporter ({@code node_exporter: Whether a
   * collector succeeded.} and {@code host: Whether a collector succeeded.}).
   */
  private static final Set<String> HELP_NAMES_THE_EXPORTER = Set.of("node_scrape_collector_success",
      "node_scrape_collector_duration_seconds");

  /** Values that do not move while a host runs. */
  private static final Set<String> STATIC = Set.of("node_boot_time_seconds", "node_filefd_maximum",
      "node_uname_info", "node_scrape_collector_success", "node_memory_MemTotal_bytes", "node_memory_SwapTotal_bytes",
      "node_memory_VmallocTotal_bytes", "node_memory_Hugepagesize_bytes", "node_memory_HugePages_Total");

  private static final int ROUNDS = 5;

  /** How one family's values are compared. */
  private sealed interface Check {
    /** Equal to node_exporter's first reading. */
    record Equal() implements Check {}

    /** Within node_exporter's two readings, widened by {@code slack} on each side. */
    record Between(double slack) implements Check {}

    /** Not compared: the time each exporter took. */
    record None() implements Check {}
  }

  /** How the values of {@code family} (node_exporter's name) are compared; {@code memTotal} in bytes. */
  private static Check check(Family family, double memTotal) {
    String name = family.name();
    if (STATIC.contains(name)) {
      return new Check.Equal();
    }
    if (family.type().equals("counter")) {
      return new Check.Between(0); // counters only grow: the example read between node_exporter's two readings
    }
    return switch (name) {
      // the kernel recomputes the load averages every 5 s: the example's equals one of the two readings
      case "node_load1", "node_load5", "node_load15" -> new Check.Between(0);
      // system-wide, and every process on the machine opens and closes files
      case "node_filefd_allocated" -> new Check.Between(256);
      // an instant's scheduler state; the slack still tells these from any other line of /proc/stat
      case "node_procs_running", "node_procs_blocked" -> new Check.Between(64);
      case "node_scrape_collector_duration_seconds" -> new Check.None();
      // page cache and the other processes on the machine move memory between readings
      default -> name.startsWith("node_memory_") && name.endsWith("_bytes")
          ? new Check.Between(0.05 * memTotal)
          : new Check.Between(0);
    };
  }

  @Test
  void servesWhatNodeExporterServes(@TempDir Path work) throws Exception {
    List<String> nodeArgs = new ArrayList<>(List.of("--web.disable-exporter-metrics", "--collector.disable-defaults",
        "--no-collector.netdev.netlink"));
    List<String> exampleArgs = new ArrayList<>(List.of("--web.listen-address=127.0.0.1:0",
        "--web.disable-exporter-metrics", "--collector.disable-defaults"));
    for (String collector : COLLECTORS) {
      nodeArgs.add("--collector." + collector);
      exampleArgs.add("--collector." + collector);
    }
    try (NodeExporterServer node = NodeExporterServer.start(work, nodeArgs.toArray(String[]::new));
        ExporterProcess example = ExporterProcess.start(HostExporterMain.class, exampleArgs.toArray(String[]::new))) {
      InetSocketAddress exampleAddress = example.awaitListening();
      Comparison comparison = null;
      for (int round = 1; round <= ROUNDS; round++) {
        MetricFamilies before = MetricFamilies.parse(Http.scrape(node.address()));
        MetricFamilies ours = MetricFamilies.parse(Http.scrape(exampleAddress));
        MetricFamilies after = MetricFamilies.parse(Http.scrape(node.address()));
        comparison = compare(before, ours, after);
        if (comparison.differences().isEmpty()) {
          System.out.println("the example serves what " + version(node) + " serves: " + comparison.families()
              + " families (" + comparison.samples() + " samples) compared in round " + round);
          return;
        }
      }
      List<String> differences = comparison.differences();
      fail("the example differs from " + version(node) + " in " + differences.size() + " ways (last of " + ROUNDS
          + " rounds):\n  " + String.join("\n  ", differences) + "\nnode_exporter log:\n" + node.log()
          + "\nexample:\n" + example.describe());
    }
  }

  /**
   * One round: every difference, one readable line each; how many of node_exporter's families and
   * samples were compared.
   */
  private record Comparison(List<String> differences, int families, int samples) {}

  private static Comparison compare(MetricFamilies before, MetricFamilies ours, MetricFamilies after) {
    Map<String, Family> node = new LinkedHashMap<>(before.families());
    Map<String, Family> example = new LinkedHashMap<>(ours.families());
    INTERNALS.keySet().forEach(node::remove);
    INTERNALS.keySet().forEach(example::remove);
    double memTotal = node.containsKey("node_memory_MemTotal_bytes")
        ? node.get("node_memory_MemTotal_bytes").samples().values().iterator().next()
        : 0;

    List<String> differences = new ArrayList<>();
    for (Family expected : node.values()) {
      String name = "host_" + expected.name().substring("node_".length());
      Family actual = example.remove(name);
      if (actual == null) {
        differences.add(name + ": missing; node_exporter serves " + expected.name() + " (" + expected.type() + ", "
            + expected.samples().size() + " samples)");
        continue;
      }
      compareFamily(expected, actual, after.families().get(expected.name()), memTotal, differences);
    }
    example.keySet().forEach(name -> differences.add(name + ": served by the example only"));
    int samples = node.values().stream().mapToInt(family -> family.samples().size()).sum();
    return new Comparison(differences, node.size(), samples);
  }

  private static void compareFamily(Family expected, Family actual, Family later, double memTotal,
      List<String> differences) {
    String name = actual.name();
    if (!actual.type().equals(expected.type())) {
      differences.add(name + ": TYPE " + actual.type() + ", node_exporter's is " + expected.type());
    }
    if (!HELP_NAMES_THE_EXPORTER.contains(expected.name()) && !actual.help().equals(expected.help())) {
      differences.add(name + ": HELP \"" + actual.help() + "\", node_exporter's is \"" + expected.help() + "\"");
    }
    Set<String> expectedLabels = labelNames(expected);
    Set<String> actualLabels = labelNames(actual);
    if (!actualLabels.equals(expectedLabels)) {
      differences.add(name + ": label names " + actualLabels + ", node_exporter's are " + expectedLabels);
      return;
    }
    Check check = check(expected, memTotal);
    for (Map.Entry<SortedMap<String, String>, Double> sample : expected.samples().entrySet()) {
      Double value = actual.samples().get(sample.getKey());
      if (value == null) {
        differences.add(name + series(sample.getKey()) + ": missing; node_exporter's is " + sample.getValue());
        continue;
      }
      Double laterValue = later == null ? null : later.samples().get(sample.getKey());
      String problem = compareValue(check, sample.getValue(), laterValue == null ? sample.getValue() : laterValue,
          value);
      if (problem != null) {
        differences.add(name + series(sample.getKey()) + ": " + problem);
      }
    }
    for (SortedMap<String, String> labels : actual.samples().keySet()) {
      if (!expected.samples().containsKey(labels)) {
        differences.add(name + series(labels) + ": served by the example only");
      }
    }
  }

  /** What is wrong with {@code value}, or null. */
  private static String compareValue(Check check, double before, double after, double value) {
    if (check instanceof Check.Equal) {
      return value == before ? null : value + ", node_exporter's is " + before;
    }
    if (check instanceof Check.Between between) {
      double low = Math.min(before, after) - between.slack();
      double high = Math.max(before, after) + between.slack();
      return value >= low && value <= high ? null
          : value + ", not between node_exporter's readings " + before + " and " + after
              + (between.slack() > 0 ? " give or take " + between.slack() : "");
    }
    return null;
  }

  /** {@code {cpu="0",mode="idle"}}, as in the exposition; nothing for no labels. */
  private static String series(SortedMap<String, String> labels) {
    return labels.isEmpty() ? "" : labels.entrySet().stream()
        .map(label -> label.getKey() + "=\"" + label.getValue() + "\"")
        .collect(Collectors.joining(",", "{", "}"));
  }

  private static Set<String> labelNames(Family family) {
    Set<String> names = new TreeSet<>();
    family.samples().keySet().forEach(labels -> names.addAll(labels.keySet()));
    return names;
  }

  private static String version(NodeExporterServer node) throws Exception {
    Family buildInfo = MetricFamilies.parse(Http.scrape(node.address())).families().get("node_exporter_build_info");
    return buildInfo == null ? "node_exporter"
        : "node_exporter " + buildInfo.samples().keySet().stream().map(labels -> labels.get("version"))
            .findFirst().orElse("");
  }
}
