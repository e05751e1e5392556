package dev.exporterbuilder.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.exporterbuilder.runtime.ExporterRuntime;
import dev.exporterbuilder.runtime.RunningExporter;
import dev.exporterbuilder.testsupport.Http;
import dev.exporterbuilder.testsupport.PrometheusTools;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@link LegacyExporter}'s names served as an older exporter served them: untyped, and a kept {@code _count}. */
class LegacyNamesTest {

  private static final String OPEN_METRICS = "application/openmetrics-text; version=1.0.0; charset=utf-8";

  private RunningExporter exporter;
  private InetSocketAddress address;

  @BeforeEach
  void start() throws Exception {
    exporter = ExporterRuntime.start(LegacyExporterMain.definition(), new String[] {"--web.listen-address=127.0.0.1:0"});
    address = exporter.addresses().get(0);
  }

  @AfterEach
  void stop() {
    exporter.close();
  }

  @Test
  void untypedFamiliesKeepTheirNamesAndAreTypedUntyped() throws Exception {
    String text = Http.get(address, "/metrics").body();

    for (String line : List.of(
        "# TYPE pg_stat_database_xact_commit untyped",
        "pg_stat_database_xact_commit{datname=\"app\"} 7.0",
        "pg_stat_database_xact_commit{datname=\"postgres\"} 12.0",
        "# TYPE pg_static untyped",
        "pg_static{version=\"PostgreSQL 15.8\"} 1.0",
        "# TYPE pg_stat_database_conflicts untyped",
        "pg_stat_database_conflicts{datname=\"app\"} 3.0",
        "pg_stat_database_blk_read_time NaN",
        "# TYPE pg_locks_count gauge",
        "pg_locks_count{mode=\"rowsharelock\"} 4.0")) {
      assertTrue(text.contains(line + "\n"), line + " in\n" + text);
    }
    assertFalse(text.contains("pg_stat_database_xact_commit_total"), text);
    assertEquals(1.0, Http.samples(text).get("pg_scrape_collector_success{collector=\"pg_legacy\"}"), text);
  }

  @Test
  void openMetricsCallsThemUnknown() throws Exception {
    String openMetrics = Http.get(address, "/metrics", "Accept", OPEN_METRICS).body();

    for (String line : List.of(
        "# TYPE pg_stat_database_xact_commit unknown",
        "pg_stat_database_xact_commit{datname=\"postgres\"} 12.0",
        "# TYPE pg_static unknown",
        "pg_stat_database_blk_read_time NaN")) {
      assertTrue(openMetrics.contains(line + "\n"), line + " in\n" + openMetrics);
    }
  }

  /** A family named from data keeps a legacy suffix where its member switched the rule off, and only there. */
  @Test
  void aSwitchedKeyedGaugeServesItsCountSuffix() throws Exception {
    String text = Http.get(address, "/metrics").body();
    Map<String, Double> samples = Http.samples(text);

    assertTrue(text.contains("# TYPE pg_settings_tcp_keepalives_count gauge\n"), text);
    assertEquals(9.0, samples.get("pg_settings_tcp_keepalives_count"), text);
    assertEquals(100.0, samples.get("pg_settings_max_connections"), text);
    assertEquals(100.0, samples.get("pg_settings_plain_max_connections"), text);
    assertFalse(text.contains("pg_settings_plain_tcp_keepalives_count"), text);
    assertEquals(1.0, samples.get("pg_scrape_collector_dropped_samples_total{collector=\"settings\"}"), text);
    assertEquals(1.0, samples.get("pg_scrape_collector_success{collector=\"settings\"}"), text);
  }

  /** promtool finds exactly the kept legacy suffixes: untyped names are not linted for suffixes. */
  @Test
  void promtoolFindsOnlyTheKeptSuffixes() throws Exception {
    String text = Http.get(address, "/metrics").body();

    assertEquals(List.of("pg_locks_count non-histogram and non-summary metrics should not have \"_count\" suffix",
        "pg_settings_tcp_keepalives_count non-histogram and non-summary metrics should not have \"_count\" suffix"),
        PrometheusTools.checkMetrics(text));
  }

  /** What "No value" in docs/annotations.md says, scraped. */
  @Test
  void aMissingValueSkipsItsSampleAndACounterNaNFailsItsMember() throws Exception {
    String text = Http.get(address, "/metrics").body();
    Map<String, Double> samples = Http.samples(text);

    assertEquals(8.0, samples.get("pg_nulls_sizes{datname=\"postgres\"}"), text);
    assertFalse(text.contains("pg_nulls_sizes{datname=\"template0\"}"), "a null map value has no sample:\n" + text);
    assertEquals(2.0, samples.get("pg_nulls_ages_seconds{datname=\"postgres\"}"), text);
    assertFalse(text.contains("datname=\"template0\"}"), "an empty optional has no sample:\n" + text);
    assertFalse(text.contains("pg_nulls_conflicts"), "an empty optional alone leaves the family out:\n" + text);
    assertFalse(text.contains("pg_nulls_deadlocks_total{"), "a NaN counter value fails the whole member:\n" + text);
    assertEquals(0.0, samples.get("pg_scrape_collector_success{collector=\"no_values\"}"), text);
  }
}
