package dev.exporterbuilder.runtime;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A histogram that another system has already aggregated, returned by a scrape-time
 * {@code @Histogram} member: the total count, the sum, and the cumulative count of each bucket by
 * its upper bound, as Go's {@code prometheus.MustNewConstHistogram} takes them.
 *
 * <pre>{@code
 * @Histogram(help = "Query latency as the database reports it.", unit = "seconds")
 * ConstHistogram queryLatency() {
 *   return ConstHistogram.of(stats.count(), stats.sumSeconds(), Map.of(0.01, 120L, 0.1, 410L, 1.0, 498L));
 * }
 * }</pre>
 *
 * <p>The {@code +Inf} bucket is {@code count}; it may be given too, and must then equal it.
 */
public record ConstHistogram(long count, double sum, SortedMap<Double, Long> buckets) {

  /**
   * @param count the number of observations: the {@code +Inf} bucket
   * @param sum the sum of the observations
   * @param buckets upper bound → observations less than or equal to it, cumulative; kept without
   *     {@code +Inf}, ascending and unmodifiable
   * @throws IllegalArgumentException for a negative count, a NaN bound, counts that decrease as the
   *     bounds grow or exceed {@code count}; thrown in a member, it costs only that member's samples
   */
  public ConstHistogram {
    Objects.requireNonNull(buckets, "buckets");
    if (count < 0) {
      throw new IllegalArgumentException("histogram count " + count + " is negative");
    }
    SortedMap<Double, Long> sorted = new TreeMap<>();
    long previous = 0;
    double previousBound = Double.NEGATIVE_INFINITY;
    for (Map.Entry<Double, Long> bucket : new TreeMap<>(buckets).entrySet()) {
      double bound = Objects.requireNonNull(bucket.getKey(), "bucket bound");
      long cumulative = Objects.requireNonNull(bucket.getValue(), "bucket count");
      if (Double.isNaN(bound)) {
        throw new IllegalArgumentException("histogram bucket bound is NaN");
      }
      if (cumulative < previous) {
        throw new IllegalArgumentException("histogram bucket le=" + bound + " has count " + cumulative
            + ", less than the " + previous + " of bucket le=" + previousBound + "; counts are cumulative");
      }
      if (cumulative > count && bound != Double.POSITIVE_INFINITY) {
        throw new IllegalArgumentException("histogram bucket le=" + bound + " has count " + cumulative
            + ", more than the total count " + count);
      }
      if (bound == Double.POSITIVE_INFINITY && cumulative != count) {
        throw new IllegalArgumentException("histogram bucket le=+Inf has count " + cumulative
            + ", which must equal the total count " + count);
      }
      if (bound != Double.POSITIVE_INFINITY) {
        sorted.put(bound, cumulative);
      }
      previous = cumulative;
      previousBound = bound;
    }
    buckets = Collections.unmodifiableSortedMap(sorted);
  }

  /**
   * @param count the number of observations: the {@code +Inf} bucket
   * @param sum the sum of the observations
   * @param cumulativeBuckets upper bound → observations less than or equal to it
   * @throws IllegalArgumentException as the constructor does
   */
  public static ConstHistogram of(long count, double sum, Map<Double, Long> cumulativeBuckets) {
    return new ConstHistogram(count, sum, new TreeMap<>(Objects.requireNonNull(cumulativeBuckets, "cumulativeBuckets")));
  }
}
