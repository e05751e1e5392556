package dev.exporterbuilder.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.exporterbuilder.runtime.generated.Samples;
import io.prometheus.metrics.model.snapshots.ClassicHistogramBucket;
import io.prometheus.metrics.model.snapshots.HistogramSnapshot.HistogramDataPointSnapshot;
import io.prometheus.metrics.model.snapshots.Labels;
import io.prometheus.metrics.model.snapshots.Quantile;
import io.prometheus.metrics.model.snapshots.SummarySnapshot.SummaryDataPointSnapshot;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConstAggregatesTest {

  @Test
  void cumulativeBucketsBecomePerBucketCountsWithInfLast() {
    ConstHistogram histogram = ConstHistogram.of(10, 2.5, Map.of(1.0, 9L, 0.1, 3L, 0.5, 7L));
    HistogramDataPointSnapshot point = Samples.histogramPoint(histogram, Labels.of("queue", "orders"));
    List<Double> bounds = new ArrayList<>();
    List<Long> counts = new ArrayList<>();
    for (ClassicHistogramBucket bucket : point.getClassicBuckets()) {
      bounds.add(bucket.getUpperBound());
      counts.add(bucket.getCount());
    }
    assertEquals(List.of(0.1, 0.5, 1.0, Double.POSITIVE_INFINITY), bounds);
    assertEquals(List.of(3L, 4L, 2L, 1L), counts);
    assertEquals(10, point.getCount());
    assertEquals(2.5, point.getSum());
    assertEquals("orders", point.getLabels().get("queue"));
  }

  @Test
  void anInfBucketMayBeGivenWhenItEqualsTheCount() {
    ConstHistogram histogram = ConstHistogram.of(4, 1, Map.of(1.0, 3L, Double.POSITIVE_INFINITY, 4L));
    assertEquals(Map.of(1.0, 3L), histogram.buckets());
    assertThrows(IllegalArgumentException.class,
        () -> ConstHistogram.of(4, 1, Map.of(1.0, 3L, Double.POSITIVE_INFINITY, 5L)));
  }

  @Test
  void onlyBucketsAlsoMakeAHistogram() {
    HistogramDataPointSnapshot point = Samples.histogramPoint(ConstHistogram.of(0, 0, Map.of()), Labels.EMPTY);
    assertEquals(1, point.getClassicBuckets().size(), "+Inf alone");
    assertEquals(0, point.getCount());
  }

  @Test
  void invalidHistogramsNameWhatIsWrong() {
    IllegalArgumentException decreasing = assertThrows(IllegalArgumentException.class,
        () -> ConstHistogram.of(5, 1, Map.of(0.1, 4L, 1.0, 2L)));
    assertTrue(decreasing.getMessage().contains("cumulative"), decreasing.getMessage());
    assertThrows(IllegalArgumentException.class, () -> ConstHistogram.of(-1, 1, Map.of()));
    assertThrows(IllegalArgumentException.class, () -> ConstHistogram.of(2, 1, Map.of(1.0, 3L)));
    assertThrows(IllegalArgumentException.class, () -> ConstHistogram.of(2, 1, Map.of(Double.NaN, 1L)));
  }

  @Test
  void summaryQuantilesAscend() {
    SummaryDataPointSnapshot point = Samples.summaryPoint(ConstSummary.of(5, 0.75, Map.of(0.99, 0.4, 0.5, 0.1)),
        Labels.EMPTY);
    List<Double> ranks = new ArrayList<>();
    for (Quantile quantile : point.getQuantiles()) {
      ranks.add(quantile.getQuantile());
    }
    assertEquals(List.of(0.5, 0.99), ranks);
    assertEquals(5, point.getCount());
    assertEquals(0.75, point.getSum());
  }

  @Test
  void invalidSummariesAreRejected() {
    assertThrows(IllegalArgumentException.class, () -> ConstSummary.of(-1, 0, Map.of()));
    assertThrows(IllegalArgumentException.class, () -> ConstSummary.of(1, 0, Map.of(1.5, 1.0)));
    assertThrows(IllegalArgumentException.class, () -> ConstSummary.of(1, 0, Map.of(Double.NaN, 1.0)));
  }
}
