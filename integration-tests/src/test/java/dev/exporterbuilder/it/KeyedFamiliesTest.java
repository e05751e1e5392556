package dev.exporterbuilder.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.exporterbuilder.runtime.MemberErrors;
import io.prometheus.metrics.model.snapshots.CounterSnapshot;
import io.prometheus.metrics.model.snapshots.DataPointSnapshot;
import io.prometheus.metrics.model.snapshots.GaugeSnapshot;
import io.prometheus.metrics.model.snapshots.MetricSnapshot;
import io.prometheus.metrics.model.snapshots.MetricSnapshots;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The generated collector of {@link Keyed}: names made from keys, and keys that cost only their sample. */
class KeyedFamiliesTest {

  private final Keyed keyed = new Keyed();
  private final KeyedCollector collector = new KeyedCollector(keyed);
  private final Recorder errors = new Recorder();

  @Test
  void keysBecomeNamePartsAsKeyCaseSays() {
    keyed.kept.put("MemTotal", 1L);
    keyed.kept.put("Active(anon)", 2L);
    keyed.kept.put(" a b--c? ", 3L);
    keyed.snake.put("MemTotal", 4L);
    keyed.snake.put("HugePages_Total", 5L);
    keyed.snake.put("DirectMap4k", 6L);
    keyed.snake.put("HTTPServer", 7L);

    Map<String, MetricSnapshot> families = families(collector.collect(errors));

    assertEquals(Set.of("MemTotal", "Active_anon", "a_b_c", "snake_mem_total_bytes", "snake_huge_pages_total_bytes",
        "snake_direct_map4k_bytes", "snake_http_server_bytes", "fixed"), families.keySet());
    assertEquals(2, value(families.get("Active_anon")));
    assertEquals(7, value(families.get("snake_http_server_bytes")));
    assertEquals("Field Active_anon.", families.get("Active_anon").getMetadata().getHelp());
    assertEquals("Field http_server in bytes.", families.get("snake_http_server_bytes").getMetadata().getHelp());
    assertEquals("bytes", families.get("snake_mem_total_bytes").getMetadata().getUnit().toString());
    assertEquals(List.of(), errors.lines);
  }

  @Test
  void countersAndLabelledFamiliesPerKey() {
    keyed.ops.put(new StringBuilder("Reads"), 3.0);
    keyed.depths.put("Orders", Map.of("eu", 4, "us", 5));

    Map<String, MetricSnapshot> families = families(collector.collect(errors));

    CounterSnapshot reads = (CounterSnapshot) families.get("reads_ops");
    assertEquals(3.0, reads.getDataPoints().get(0).getValue());
    GaugeSnapshot orders = (GaugeSnapshot) families.get("queue_orders_depth");
    assertEquals(2, orders.getDataPoints().size());
    assertEquals("Depth of orders queues.", orders.getMetadata().getHelp());
    assertEquals(List.of(), errors.lines);
  }

  @Test
  void aKeyWithoutAValidReservedOrTakenNameCostsOnlyItsSample() {
    keyed.ops.put("x", 1.0);               // counter x_ops: takes x_ops, x_ops_total and x_ops_created
    keyed.kept.put("9lives", 1L);          // no namespace here: a name cannot start with a digit
    keyed.kept.put("()", 2L);              // nothing left of the key
    keyed.kept.put("x_ops", 3L);           // the counter's name
    keyed.kept.put("queue_a_depth", 4L);   // members run in order: this takes the name depths() gives key "a"
    keyed.kept.put("fixed", 5L);           // the fixed family's name
    keyed.kept.put("Active(anon)", 6L);
    keyed.kept.put("Active_anon", 7L);     // the same name as the key before
    keyed.kept.put("sessions_total", 8L);  // a suffix of another type's series
    keyed.kept.put("ok", 9L);
    keyed.depths.put("a", Map.of("eu", 1));

    Map<String, MetricSnapshot> families = families(collector.collect(errors));

    assertEquals(Set.of("x_ops", "queue_a_depth", "Active_anon", "ok", "fixed"), families.keySet());
    assertEquals(6, value(families.get("Active_anon")));
    assertEquals(List.of(
        "dropped kept() 9lives: it yields 9lives, which is not a valid metric name",
        "dropped kept() (): it has no letter, digit or _ to name a family by",
        "dropped kept() x_ops: its name x_ops is taken by another family of the collector",
        "dropped kept() fixed: its name fixed is taken by another family of the collector",
        "dropped kept() Active_anon: its name Active_anon is taken by another family of the collector",
        "dropped kept() sessions_total: it yields sessions_total, whose suffix _total belongs to the series of other"
            + " metric types",
        "dropped depths() a: its name queue_a_depth is taken by another family of the collector"), errors.lines);
  }

  @Test
  void snakeCaseMakesAKeyEndingInTotalAReservedSuffixUnlessAUnitFollows() {
    keyed.plain.put("MemTotal", 1L);
    keyed.snake.put("MemTotal", 2L);
    keyed.kept.put("MemTotal", 3L);

    Map<String, MetricSnapshot> families = families(collector.collect(errors));

    assertEquals(Set.of("snake_mem_total_bytes", "MemTotal", "fixed"), families.keySet());
    assertEquals(List.of("dropped plain() MemTotal: it yields plain_mem_total, whose suffix _total belongs to the series"
        + " of other metric types"), errors.lines);
  }

  @Test
  void aKeysMetadataIsBuiltOnceAndItsNameFreedForTheNextScrape() {
    keyed.kept.put("MemTotal", 1L);

    MetricSnapshot first = families(collector.collect(errors)).get("MemTotal");
    MetricSnapshot second = families(collector.collect(errors)).get("MemTotal");

    assertSame(first.getMetadata(), second.getMetadata());
    assertEquals(List.of(), errors.lines);
  }

  @Test
  void withoutTheRuntimeADroppedKeyIsReportedAsAFailureOfItsMember() {
    keyed.kept.put("()", 1L);
    List<String> failures = new ArrayList<>();

    collector.collect((member, cause) -> failures.add(member + ": " + cause.getMessage()));

    assertEquals(List.of("kept(): sample of key \"()\" dropped: it has no letter, digit or _ to name a family by"),
        failures);
  }

  private static Map<String, MetricSnapshot> families(MetricSnapshots snapshots) {
    Map<String, MetricSnapshot> families = new LinkedHashMap<>();
    snapshots.forEach(snapshot -> families.put(snapshot.getMetadata().getPrometheusName(), snapshot));
    return families;
  }

  private static double value(MetricSnapshot snapshot) {
    DataPointSnapshot point = snapshot.getDataPoints().get(0);
    assertTrue(point instanceof GaugeSnapshot.GaugeDataPointSnapshot, point::toString);
    return ((GaugeSnapshot.GaugeDataPointSnapshot) point).getValue();
  }

  /** Drops as lines; a failure fails the test, as none is expected. */
  private static final class Recorder implements MemberErrors {
    final List<String> lines = new ArrayList<>();

    @Override
    public void failed(String member, Throwable cause) {
      throw new AssertionError(member + " failed", cause);
    }

    @Override
    public void dropped(String member, String key, String reason) {
      lines.add("dropped " + member + " " + key + ": " + reason);
    }
  }
}
