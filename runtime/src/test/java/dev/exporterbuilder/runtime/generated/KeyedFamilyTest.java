package dev.exporterbuilder.runtime.generated;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.exporterbuilder.annotations.KeyCase;
import dev.exporterbuilder.runtime.MemberErrors;
import io.prometheus.metrics.model.snapshots.MetricFamilyDescriptor;
import io.prometheus.metrics.model.snapshots.MetricMetadata;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Keys whose family name ends in a reserved suffix: dropped by default, kept where the member switched
 * the {@code reserved-suffix} rule off, except for the suffixes a counter's own series add and for
 * names another family has taken.
 */
class KeyedFamilyTest {

  private final List<String> dropped = new ArrayList<>();
  private final MemberErrors errors = new MemberErrors() {
    @Override
    public void failed(String member, Throwable cause) {
      throw new AssertionError(member, cause);
    }

    @Override
    public void dropped(String member, String key, String reason) {
      dropped.add(key + ": " + reason);
    }
  };

  private static KeyedFamily settings() {
    return KeyedFamily.gauge("pg_settings_", "", "", "Server setting {key}.", KeyCase.SNAKE_CASE);
  }

  private String name(KeyedFamily family, String key, FamilyNames names) {
    MetricMetadata metadata = family.metadata(key, names, errors, "settings()");
    return metadata == null ? null : metadata.getPrometheusName();
  }

  private static FamilyNames noFixedNames() {
    return new FamilyNames(List.of());
  }

  @Test
  void aMemberWithoutTheSwitchDropsEveryReservedSuffix() {
    KeyedFamily family = settings();
    FamilyNames names = noFixedNames();

    assertEquals("pg_settings_max_connections", name(family, "max_connections", names));
    for (String key : List.of("tcp_keepalives_count", "work_info", "some_sum", "a_bucket", "b_total", "c_created")) {
      assertNull(name(family, key, names), key);
    }
    assertEquals("tcp_keepalives_count: it yields pg_settings_tcp_keepalives_count, whose suffix _count belongs"
        + " to the series of other metric types", dropped.get(0));
    assertEquals(6, dropped.size(), dropped.toString());
  }

  @Test
  void aSwitchedGaugeKeepsOtherTypesSuffixes() {
    KeyedFamily family = settings().keepingForeignSuffixes();
    FamilyNames names = noFixedNames();

    for (String key : List.of("tcp_keepalives_count", "work_sum", "a_bucket", "b_total", "c_created")) {
      assertEquals("pg_settings_" + key, name(family, key, names), key);
    }
    assertEquals(List.of(), dropped);
  }

  @Test
  void aSwitchedCounterStillDropsTheSuffixesItsOwnSeriesAdd() {
    KeyedFamily family = KeyedFamily.counter("app_", "", "", "Events {key}.", KeyCase.SNAKE_CASE)
        .keepingForeignSuffixes();
    FamilyNames names = noFixedNames();

    assertEquals("app_retries_count", name(family, "retries_count", names));
    assertNull(name(family, "errors_total", names));
    assertNull(name(family, "starts_created", names));
    assertEquals(List.of(
        "errors_total: it yields app_errors_total_total, whose suffix _total the exposition adds to this"
            + " counter's own series",
        "starts_created: it yields app_starts_created_total, whose suffix _created the exposition adds to this"
            + " counter's own series"), dropped);
  }

  @Test
  void aSwitchedGaugeStillDropsANameAnotherFamilyHasTaken() {
    KeyedFamily family = settings().keepingForeignSuffixes();
    FamilyNames names = new FamilyNames(List.of(MetricFamilyDescriptor.summary("pg_settings_latency").help("L.").build()));

    assertNull(name(family, "latency_count", names));
    assertNull(name(family, "latency_sum", names));
    assertEquals("pg_settings_latency_max", name(family, "latency_max", names));
    assertEquals(List.of(
        "latency_count: its name pg_settings_latency_count is taken by another family of the collector",
        "latency_sum: its name pg_settings_latency_sum is taken by another family of the collector"), dropped);
  }

  @Test
  void theSwitchKeepsTheUnit() {
    KeyedFamily family = KeyedFamily.gauge("pg_", "_size", "bytes", "Size of {key}.", KeyCase.SNAKE_CASE)
        .keepingForeignSuffixes();

    MetricMetadata metadata = family.metadata("wal", noFixedNames(), errors, "sizes()");

    assertEquals("pg_wal_size_bytes", metadata.getPrometheusName());
    assertEquals("bytes", metadata.getUnit().toString());
  }
}
