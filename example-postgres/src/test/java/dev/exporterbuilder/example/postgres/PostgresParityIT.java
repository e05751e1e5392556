package dev.exporterbuilder.example.postgres;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.exporterbuilder.testsupport.ExporterProcess;
import dev.exporterbuilder.testsupport.Http;
import dev.exporterbuilder.testsupport.MetricFamilies;
import dev.exporterbuilder.testsupport.MetricFamilies.Family;
import dev.exporterbuilder.testsupport.PostgresExporterServer;
import dev.exporterbuilder.testsupport.PostgresServer;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The example against the real postgres_exporter (the Debian package
 * {@code prometheus-postgres-exporter}, 0.11.1) on one private PostgreSQL cluster: both are scraped
 * back to back and must serve the same {@code pg_} families with the same names, label sets and
 * values, and the same TYPE except where client_java cannot write postgres_exporter's
 * ({@link #TYPE_DIFFERS}). Every family postgres_exporter serves is either compared or listed in
 * {@link #NOT_PORTED} with the reason; a {@code pg_} family that only the example serves fails the
 * test unless it is one of its self-metrics ({@link #OUR_SELF_METRICS}). HELP is not compared: the
 * example words its own.
 *
 * <p>Values: each round scrapes postgres_exporter, then the example, then postgres_exporter again.
 * Both exporters' own queries move the statistics (transactions committed, rows and blocks read), so
 * a counter of the example must lie between postgres_exporter's two readings (counters only grow);
 * settings, versions and reset times must be equal ({@code NaN} equals {@code NaN}); the gauges that
 * move by themselves get the slack {@link #check} gives each. A round whose only differences are
 * values that moved is repeated, up to {@link #ROUNDS} rounds.
 *
 * <p>The same cluster also checks that the password of the data source name appears nowhere the
 * example shows: {@code --help}, its output, the landing page and {@code /metrics}.
 */
class PostgresParityIT {

  static final Path JAR = Path.of(System.getProperty("example.jar", "target/exporter-builder-example-postgres.jar"));

  private static final int ROUNDS = 5;

  /** postgres_exporter's families the example does not serve, with the reason; by name or by prefix ending in {@code _}. */
  private static final Map<String, String> NOT_PORTED = new TreeMap<>(Map.ofEntries(
      Map.entry("go_", "the Go runtime's metrics; the example serves the JVM's as jvm_* (switched off here)"),
      Map.entry("process_", "the exporter process, not the database (switched off here on the example's side)"),
      Map.entry("promhttp_", "client_golang's HTTP handler metrics (switched off here on the example's side)"),
      Map.entry("postgres_exporter_build_info", "postgres_exporter's own build; the example has pg_exporter_build_info"),
      Map.entry("pg_exporter_last_scrape_duration_seconds",
          "postgres_exporter's self-metric; the example reports pg_scrape_collector_duration_seconds per collector"),
      Map.entry("pg_exporter_last_scrape_error",
          "postgres_exporter's self-metric; the example reports pg_scrape_collector_success per collector"),
      Map.entry("pg_exporter_scrapes_total", "postgres_exporter's self-metric; the example counts scrapes in"
          + " promhttp_metric_handler_requests_total"),
      Map.entry("pg_scrape_collector_", "self-metrics of both, about each one's own collectors"),
      Map.entry("pg_stat_activity_", "not ported: connections per state, a further query of the same kind"),
      Map.entry("pg_stat_archiver_", "not ported: WAL archiving, off in the test cluster")));

  /** The example's self-metrics, served by it alone. */
  private static final Set<String> OUR_SELF_METRICS = Set.of("pg_exporter_build_info", "pg_scrape_collector_success",
      "pg_scrape_collector_duration_seconds", "pg_scrape_collector_dropped_samples_total");

  /**
   * Families whose TYPE differs, with the reason: postgres_exporter typed them counters but named
   * them without {@code _total}. client_java writes every counter with {@code _total}, so the example
   * keeps the name with {@code @Untyped}: the TYPE line says {@code untyped}, and names, labels and
   * values are those of postgres_exporter.
   */
  private static final Map<String, String> TYPE_DIFFERS = legacyCounters();

  private static Map<String, String> legacyCounters() {
    String reason = "postgres_exporter's counter without _total; client_java writes every counter with _total, so"
        + " it is @Untyped to keep the name";
    Map<String, String> families = new TreeMap<>();
    Stream.of("xact_commit", "xact_rollback", "blks_read", "blks_hit", "tup_returned", "tup_fetched", "tup_inserted",
        "tup_updated", "tup_deleted", "conflicts", "temp_files", "temp_bytes", "deadlocks", "blk_read_time",
        "blk_write_time", "stats_reset").forEach(column -> families.put("pg_stat_database_" + column, reason));
    Stream.of("confl_tablespace", "confl_lock", "confl_snapshot", "confl_bufferpin", "confl_deadlock")
        .forEach(column -> families.put("pg_stat_database_conflicts_" + column, reason));
    return families;
  }

  /** Values that do not move while the cluster runs. */
  private static boolean isStatic(String name) {
    return name.equals("pg_up") || name.equals("pg_static") || name.startsWith("pg_settings_")
        || name.endsWith("stats_reset") || name.endsWith("stats_reset_total") || name.startsWith("pg_stat_database_checksum_");
  }

  /** How one family's values are compared. */
  private sealed interface Check {
    /** Equal to postgres_exporter's first reading; NaN equals NaN. */
    record Equal() implements Check {}

    /** Within postgres_exporter's two readings, widened by {@code slack} on each side. */
    record Between(double slack) implements Check {}

    /** Not compared, for the reason given. */
    record None(String reason) implements Check {}
  }

  /** How the values of {@code family} (postgres_exporter's) are compared. */
  private static Check check(Family family) {
    String name = family.name();
    if (name.equals("pg_settings_extra_float_digits")) {
      // pg_settings shows the reading session's own value: lib/pq starts every session with
      // extra_float_digits=2, the JDBC driver leaves the server's default (1)
      return new Check.None("a setting of each client's session, not of the server");
    }
    if (isStatic(name)) {
      return new Check.Equal();
    }
    return switch (name) {
      // backends come and go (autovacuum workers, each exporter's connection being opened again)
      case "pg_stat_database_numbackends" -> new Check.Between(2);
      // each exporter's own query holds locks while it reads pg_locks
      case "pg_locks_count" -> new Check.Between(2);
      // relation files grow by whole pages as the statistics and catalogs are written
      case "pg_database_size_bytes" -> new Check.Between(1 << 20);
      // counters only grow: the example read between postgres_exporter's two readings
      default -> new Check.Between(0);
    };
  }

  private static PostgresServer postgres;

  @BeforeAll
  static void startPostgres() throws Exception {
    postgres = PostgresServer.start();
  }

  @AfterAll
  static void stopPostgres() {
    if (postgres != null) {
      postgres.close();
    }
  }

  @Test
  void servesWhatPostgresExporterServes(@TempDir Path work) throws Exception {
    assertTrue(Files.isRegularFile(JAR), JAR + " is missing: run mvn package");
    try (PostgresExporterServer oracle = PostgresExporterServer.start(work, postgres.dataSourceName());
        ExporterProcess example = ExporterProcess.startJar(JAR, Map.of("DATA_SOURCE_NAME", postgres.dataSourceName()),
            "--web.listen-address=127.0.0.1:0", "--web.disable-exporter-metrics")) {
      InetSocketAddress exampleAddress = example.awaitListening();
      Comparison comparison = null;
      for (int round = 1; round <= ROUNDS; round++) {
        MetricFamilies before = MetricFamilies.parse(Http.scrape(oracle.address()));
        MetricFamilies ours = MetricFamilies.parse(Http.scrape(exampleAddress));
        MetricFamilies after = MetricFamilies.parse(Http.scrape(oracle.address()));
        comparison = compare(before, ours, after);
        if (comparison.differences().isEmpty()) {
          System.out.println("the example serves what postgres_exporter serves: " + comparison.families()
              + " families (" + comparison.samples() + " samples) compared in round " + round + ", "
              + comparison.typeDiffers() + " of them untyped where postgres_exporter says counter");
          return;
        }
      }
      List<String> differences = comparison.differences();
      fail("the example differs from postgres_exporter in " + differences.size() + " ways (last of " + ROUNDS
          + " rounds):\n  " + String.join("\n  ", differences) + "\npostgres_exporter log:\n" + oracle.log()
          + "\nexample:\n" + example.describe());
    }
  }

  @Test
  void thePasswordAppearsNowhere() throws Exception {
    assertTrue(Files.isRegularFile(JAR), JAR + " is missing: run mvn package");
    Map<String, String> environment = Map.of("DATA_SOURCE_NAME", postgres.dataSourceName());
    String password = postgres.password();
    List<String> places = new ArrayList<>();

    try (ExporterProcess help = ExporterProcess.startJar(JAR, environment, "--help")) {
      help.awaitExit();
      String text = String.join("\n", help.stdout()) + "\n" + String.join("\n", help.stderr());
      assertTrue(text.contains("--data-source-name"), text);
      assertTrue(text.contains("DATA_SOURCE_NAME"), text);
      check("--help", text, password, places);
    }
    // a server that refuses connections: the failures the example logs must not quote the data source name
    String refused = postgres.dataSourceName().replace(":" + postgres.port() + "/", ":1/");
    for (String dataSourceName : List.of(postgres.dataSourceName(), refused)) {
      try (ExporterProcess example = ExporterProcess.startJar(JAR, Map.of("DATA_SOURCE_NAME", dataSourceName),
          "--web.listen-address=127.0.0.1:0", "--log.level=debug")) {
        InetSocketAddress address = example.awaitListening();
        String metrics = Http.scrape(address);
        String expectedUp = dataSourceName.equals(refused) ? "pg_up 0" : "pg_up 1";
        assertTrue(metrics.lines().anyMatch(line -> line.startsWith(expectedUp)), metrics);
        check("/metrics", metrics, password, places);
        check("the landing page", Http.get(address, "/").body(), password, places);
        Http.scrape(address);
        example.terminate();
        assertEquals(0, example.awaitExit(), example::describe);
        assertFalse(example.stderr().isEmpty());
        check("stdout", String.join("\n", example.stdout()), password, places);
        check("stderr", String.join("\n", example.stderr()), password, places);
      }
    }
    assertTrue(places.isEmpty(), "the password appears in " + places);
  }

  private static void check(String place, String text, String password, List<String> places) {
    if (text.contains(password)) {
      places.add(place);
    }
  }

  /**
   * One round: every difference, one readable line each; how many of postgres_exporter's families
   * and samples were compared, and in how many the TYPE differed as listed.
   */
  private record Comparison(List<String> differences, int families, int samples, int typeDiffers) {}

  private static Comparison compare(MetricFamilies before, MetricFamilies ours, MetricFamilies after) {
    Map<String, Family> oracle = new LinkedHashMap<>(before.families());
    Map<String, Family> example = new LinkedHashMap<>(ours.families());
    oracle.keySet().removeIf(name -> notPorted(name) != null);
    example.keySet().removeIf(name -> OUR_SELF_METRICS.contains(name) || !name.startsWith("pg_"));

    List<String> differences = new ArrayList<>();
    int samples = 0;
    int typeDiffers = 0;
    for (Family expected : oracle.values()) {
      Family actual = example.remove(expected.name());
      if (actual == null) {
        differences.add(expected.name() + ": missing; postgres_exporter serves it (" + expected.type() + ", "
            + expected.samples().size() + " samples)");
        continue;
      }
      samples += expected.samples().size();
      if (TYPE_DIFFERS.containsKey(expected.name())) {
        typeDiffers++;
        if (!expected.type().equals("counter") || !actual.type().equals("untyped")) {
          differences.add(expected.name() + ": TYPE " + actual.type() + ", postgres_exporter's " + expected.type()
              + "; listed as counter there and untyped here");
        }
      } else if (!actual.type().equals(expected.type())) {
        differences.add(expected.name() + ": TYPE " + actual.type() + ", postgres_exporter's is " + expected.type());
      }
      compareSamples(expected, actual, after.families().get(expected.name()), differences);
    }
    example.keySet().forEach(name -> differences.add(name + ": served by the example only"));
    for (String listed : TYPE_DIFFERS.keySet()) {
      if (!oracle.containsKey(listed)) {
        differences.add(listed + ": listed in TYPE_DIFFERS, but postgres_exporter does not serve it");
      }
    }
    return new Comparison(differences, oracle.size(), samples, typeDiffers);
  }

  /** The reason {@code name} is not ported, or null. */
  private static String notPorted(String name) {
    return NOT_PORTED.entrySet().stream()
        .filter(entry -> entry.getKey().endsWith("_") ? name.startsWith(entry.getKey()) : name.equals(entry.getKey()))
        .map(Map.Entry::getValue)
        .findFirst()
        .orElse(null);
  }

  private static void compareSamples(Family expected, Family actual, Family later, List<String> differences) {
    String name = expected.name();
    if (!actual.samples().keySet().equals(expected.samples().keySet())) {
      differences.add(name + ": label sets " + labelSets(actual) + ", postgres_exporter's are " + labelSets(expected));
      return;
    }
    Check check = check(expected);
    for (Map.Entry<SortedMap<String, String>, Double> sample : expected.samples().entrySet()) {
      double value = actual.samples().get(sample.getKey());
      Double laterValue = later == null ? null : later.samples().get(sample.getKey());
      String problem = compareValue(check, sample.getValue(), laterValue == null ? sample.getValue() : laterValue,
          value);
      if (problem != null) {
        differences.add(name + series(sample.getKey()) + ": " + problem);
      }
    }
  }

  /** What is wrong with {@code value}, or null. */
  private static String compareValue(Check check, double before, double after, double value) {
    if (check instanceof Check.Equal) {
      return Double.compare(value, before) == 0 ? null : value + ", postgres_exporter's is " + before;
    }
    if (check instanceof Check.None) {
      return null;
    }
    Check.Between between = (Check.Between) check;
    if (Double.isNaN(before) && Double.isNaN(after) && Double.isNaN(value)) {
      return null;
    }
    double low = Math.min(before, after) - between.slack();
    double high = Math.max(before, after) + between.slack();
    return value >= low && value <= high ? null
        : value + ", not between postgres_exporter's readings " + before + " and " + after
            + (between.slack() > 0 ? " give or take " + between.slack() : "");
  }

  private static String labelSets(Family family) {
    return family.samples().keySet().stream().map(PostgresParityIT::series).sorted()
        .collect(Collectors.joining(", ", "[", "]"));
  }

  /** {@code {datid="5",datname="postgres"}}, as in the exposition; nothing for no labels. */
  private static String series(SortedMap<String, String> labels) {
    return labels.isEmpty() ? "" : labels.entrySet().stream()
        .map(label -> label.getKey() + "=\"" + label.getValue() + "\"")
        .collect(Collectors.joining(",", "{", "}"));
  }
}
