package dev.exporterbuilder.runtime.generated;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The initial size of a member's list of data points: the collection's size where it has one. */
class SamplesCapacityTest {

  @Test
  void aCollectionGivesItsSize() {
    assertEquals(3, Samples.capacity(List.of("a", "b", "c")));
    assertEquals(0, Samples.capacity(Set.of()));
    assertEquals(10_000, Samples.capacity(IntStream.range(0, 10_000).boxed().toList()));
  }

  @Test
  void anotherIterableGivesTheListDefault() {
    Iterable<String> iterable = () -> List.of("a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k").iterator();
    assertEquals(10, Samples.capacity(iterable));
  }
}
