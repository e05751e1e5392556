package dev.exporterbuilder.runtime.generated;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.prometheus.metrics.model.snapshots.Labels;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Label sets kept from one collection to the next: reused by value, dropped once a collection does not use them. */
class LabelSetsTest {

  @Test
  void aSeriesOfTheLastCollectionGetsTheSameLabels() {
    LabelSets sets = new LabelSets("id");
    LabelSets.Run first = sets.begin();
    Labels a = first.of("a");
    Labels b = first.of("b");
    first.end();
    LabelSets.Run second = sets.begin();
    // equal values, not the same String instance
    assertSame(a, second.of(new String("a")));
    assertSame(b, second.of("b"));
    second.end();
  }

  @Test
  void theLabelsAreThoseLabelsOfBuilds() {
    LabelSets sets = new LabelSets("zone", "device");
    LabelSets.Run run = sets.begin();
    Labels built = run.of("z1", "sda");
    assertEquals(Labels.of("zone", "z1", "device", "sda"), built);
    assertEquals(Labels.of("device", "sda", "zone", "z1"), built);
    assertEquals("sda", built.get("device"));
    run.end();
    LabelSets.Run again = sets.begin();
    assertSame(built, again.of("z1", "sda"));
    assertNotSame(built, again.of("sda", "z1"));
    assertEquals(Labels.of("zone", "sda", "device", "z1"), again.of("sda", "z1"));
    again.end();
  }

  @Test
  void valuesAreComparedOneByOneAndInOrder() {
    LabelSets sets = new LabelSets("a", "b", "c");
    LabelSets.Run run = sets.begin();
    Labels abc = run.of("x", "y", "z");
    // the same concatenation, other values
    Labels shifted = run.of("xy", "", "z");
    assertNotSame(abc, shifted);
    assertEquals(Labels.of("a", "xy", "b", "", "c", "z"), shifted);
    assertSame(abc, run.of("x", "y", "z"));
    run.end();
    assertEquals(2, sets.size());
  }

  @Test
  void emptyAndNullValuesAreDistinctKeys() {
    LabelSets sets = new LabelSets("id");
    LabelSets.Run run = sets.begin();
    Labels empty = run.of("");
    Labels none = run.of((String) null);
    assertNotSame(empty, none);
    assertEquals("", empty.getValue(0));
    // as Labels.of has it: a null value is kept (Samples.labelValue maps null to "" before)
    assertEquals(null, none.getValue(0));
    assertSame(empty, run.of(""));
    assertSame(none, run.of((String) null));
    run.end();
    assertEquals(2, sets.size());
  }

  @Test
  void setsThatACollectionDidNotUseAreDroppedAtItsEnd() {
    LabelSets sets = new LabelSets("id");
    LabelSets.Run first = sets.begin();
    Labels a = first.of("a");
    first.of("b");
    first.of("c");
    first.end();
    assertEquals(3, sets.size());
    LabelSets.Run second = sets.begin();
    assertSame(a, second.of("a"));
    second.of("d");
    second.end();
    assertEquals(2, sets.size());
    LabelSets.Run third = sets.begin();
    Labels b = third.of("b");
    assertEquals(Labels.of("id", "b"), b);
    assertSame(a, third.of("a"));
    third.end();
    assertEquals(2, sets.size());
  }

  @Test
  void keptSetsAreBoundedByTheLastCollection() {
    LabelSets sets = new LabelSets("id");
    for (int collection = 0; collection < 50; collection++) {
      LabelSets.Run run = sets.begin();
      for (int series = 0; series < 1_000; series++) {
        run.of(collection + "-" + series);
      }
      run.end();
      assertEquals(1_000, sets.size());
    }
    LabelSets.Run small = sets.begin();
    small.of("only");
    small.end();
    assertEquals(1, sets.size());
  }

  @Test
  void aSeriesTwiceInOneCollectionCountsOnce() {
    LabelSets sets = new LabelSets("id");
    LabelSets.Run run = sets.begin();
    Labels a = run.of("a");
    assertSame(a, run.of("a"));
    run.end();
    LabelSets.Run next = sets.begin();
    assertSame(a, next.of("a"));
    next.end();
    assertEquals(1, sets.size());
  }

  @Test
  void manySeriesAreAllKept() {
    LabelSets sets = new LabelSets("id");
    List<Labels> first = new ArrayList<>();
    LabelSets.Run run = sets.begin();
    for (int i = 0; i < 100_000; i++) {
      first.add(run.of(Integer.toString(i)));
    }
    run.end();
    LabelSets.Run again = sets.begin();
    for (int i = 0; i < 100_000; i++) {
      assertSame(first.get(i), again.of(Integer.toString(i)));
    }
    again.end();
    assertEquals(100_000, sets.size());
  }

  @Test
  void aCollectionThatBeginsWhileAnotherRunsStartsFromNone() {
    LabelSets sets = new LabelSets("id");
    LabelSets.Run first = sets.begin();
    Labels a = first.of("a");
    first.end();
    LabelSets.Run one = sets.begin();
    LabelSets.Run concurrent = sets.begin();
    assertSame(a, one.of("a"));
    Labels built = concurrent.of("a");
    assertNotSame(a, built);
    assertEquals(a, built);
    one.end();
    concurrent.end();
    // the one that ended last is kept
    LabelSets.Run next = sets.begin();
    assertSame(built, next.of("a"));
    next.end();
  }

  @Test
  void aCollectionThatFailsBeforeItsEndLeavesNone() {
    LabelSets sets = new LabelSets("id");
    LabelSets.Run first = sets.begin();
    Labels a = first.of("a");
    first.end();
    LabelSets.Run failed = sets.begin();
    failed.of("a");
    // no end(): the member threw
    assertEquals(0, sets.size());
    LabelSets.Run next = sets.begin();
    Labels again = next.of("a");
    assertNotSame(a, again);
    assertEquals(a, again);
    next.end();
    assertEquals(1, sets.size());
  }

  @Test
  void theNumberOfValuesMustMatchTheNames() {
    LabelSets.Run one = new LabelSets("id").begin();
    assertThrows(IllegalArgumentException.class, () -> one.of("a", "b"));
    assertThrows(IllegalArgumentException.class, () -> one.of("a", "b", "c"));
    LabelSets.Run two = new LabelSets("a", "b").begin();
    assertThrows(IllegalArgumentException.class, () -> two.of("a"));
    assertThrows(IllegalArgumentException.class, LabelSets::new);
  }

  @Test
  void anInvalidLabelNameFailsAsLabelsOfDoes() {
    LabelSets.Run run = new LabelSets("id", "id").begin();
    assertThrows(IllegalArgumentException.class, () -> run.of("a", "b"));
  }
}
