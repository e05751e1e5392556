package dev.exporterbuilder.processor.descriptor;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.exporterbuilder.processor.descriptor.CollectorDescriptor.Interval;
import dev.exporterbuilder.processor.descriptor.Samples.Accessor;
import dev.exporterbuilder.processor.descriptor.Samples.Container;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The descriptor records refuse the states a writer would turn into code that does not compile, so
 * a validation gap fails in the processor rather than in the exporter's build.
 */
class DescriptorRecordsTest {

  private static final Accessor VALUE = new Accessor("value", true);

  @Test
  void gaugesAndCountersTakeNumbersAndBooleansButNotAggregates() {
    for (SampleKind kind : List.of(SampleKind.GAUGE, SampleKind.COUNTER)) {
      for (SampleValue value : SampleValue.values()) {
        boolean aggregate = value == SampleValue.HISTOGRAM_DATA || value == SampleValue.SUMMARY_DATA;
        assertEquals(!aggregate, kind.takes(value), kind + " of " + value);
      }
    }
  }

  @Test
  void histogramsAndSummariesTakeTheirAggregateOnly() {
    for (SampleValue value : SampleValue.values()) {
      assertEquals(value == SampleValue.HISTOGRAM_DATA, SampleKind.HISTOGRAM.takes(value), "histogram of " + value);
      assertEquals(value == SampleValue.SUMMARY_DATA, SampleKind.SUMMARY.takes(value), "summary of " + value);
    }
  }

  @Test
  void scalarRefusesAPairingItsKindDoesNotTake() {
    assertThrows(IllegalArgumentException.class, () -> new Samples.Scalar(SampleKind.GAUGE, SampleValue.HISTOGRAM_DATA));
    assertThrows(IllegalArgumentException.class, () -> new Samples.Scalar(SampleKind.HISTOGRAM, SampleValue.NUMBER));
    assertThrows(IllegalArgumentException.class,
        () -> new Samples.Scalar(SampleKind.SUMMARY, SampleValue.HISTOGRAM_DATA));
    assertDoesNotThrow(() -> new Samples.Scalar(SampleKind.HISTOGRAM, SampleValue.HISTOGRAM_DATA));
  }

  @Test
  void mapEntriesRefuseAPairingItsKindDoesNotTake() {
    assertThrows(IllegalArgumentException.class,
        () -> new Samples.MapEntries(SampleKind.COUNTER, "zone", SampleValue.SUMMARY_DATA));
    assertThrows(IllegalArgumentException.class,
        () -> new Samples.MapEntries(SampleKind.SUMMARY, "zone", SampleValue.PRIMITIVE_NUMBER));
    assertDoesNotThrow(() -> new Samples.MapEntries(SampleKind.COUNTER, "zone", SampleValue.PRIMITIVE_NUMBER));
  }

  @Test
  void elementsRefuseAPairingItsKindDoesNotTake() {
    assertThrows(IllegalArgumentException.class,
        () -> new Samples.Elements(SampleKind.GAUGE, Container.ITERABLE, List.of(), VALUE, SampleValue.HISTOGRAM_DATA));
    assertThrows(IllegalArgumentException.class,
        () -> new Samples.Elements(SampleKind.HISTOGRAM, Container.ARRAY, List.of(), VALUE, SampleValue.BOOLEAN));
    assertDoesNotThrow(
        () -> new Samples.Elements(SampleKind.SUMMARY, Container.STREAM, List.of(), VALUE, SampleValue.SUMMARY_DATA));
  }

  @Test
  void anInstrumentsClassFollowsItsKind() {
    assertEquals("io.prometheus.metrics.core.metrics.Counter",
        new Samples.Instrument(SampleKind.COUNTER, List.of(), List.of()).kind().instrumentClass().canonicalName());
    for (SampleKind kind : SampleKind.values()) {
      if (kind == SampleKind.UNTYPED) {
        // client_java has no untyped metric to instrument
        assertTrue(kind.metricKind().instrumentClass().isEmpty());
        continue;
      }
      String simpleName = kind.instrumentClass().simpleName();
      assertEquals(kind.metricKind().annotation().getSimpleName(), simpleName, kind.toString());
    }
  }

  @Test
  void intervalsArePositive() {
    assertThrows(IllegalArgumentException.class, () -> new Interval("0s", Duration.ZERO));
    assertThrows(IllegalArgumentException.class, () -> new Interval("-1s", Duration.ofSeconds(-1)));
    assertEquals(Duration.ofMillis(1), new Interval("1ms", Duration.ofMillis(1)).duration());
  }
}
