package dev.exporterbuilder.runtime;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A summary that another system has already computed, returned by a scrape-time {@code @Summary}
 * member: the count, the sum and the value of each quantile, as Go's
 * {@code prometheus.MustNewConstSummary} takes them.
 *
 * <pre>{@code
 * @Summary(help = "GC pause times as the JVM under watch reports them.", unit = "seconds")
 * ConstSummary gcPause() {
 *   return ConstSummary.of(gc.count(), gc.totalSeconds(), Map.of(0.5, 0.004, 0.99, 0.031));
 * }
 * }</pre>
 */
public record ConstSummary(long count, double sum, SortedMap<Double, Double> quantiles) {

  /**
   * @param count the number of observations
   * @param sum the sum of the observations
   * @param quantiles quantile (0 to 1) → its value; may be empty; kept ascending and unmodifiable
   * @throws IllegalArgumentException for a negative count or a quantile outside 0 to 1; thrown in a
   *     member, it costs only that member's samples
   */
  public ConstSummary {
    Objects.requireNonNull(quantiles, "quantiles");
    if (count < 0) {
      throw new IllegalArgumentException("summary count " + count + " is negative");
    }
    SortedMap<Double, Double> sorted = new TreeMap<>();
    for (Map.Entry<Double, Double> quantile : quantiles.entrySet()) {
      double rank = Objects.requireNonNull(quantile.getKey(), "quantile");
      if (!(rank >= 0 && rank <= 1)) {
        throw new IllegalArgumentException("quantile " + rank + " is outside 0 to 1");
      }
      sorted.put(rank, Objects.requireNonNull(quantile.getValue(), "quantile value"));
    }
    quantiles = Collections.unmodifiableSortedMap(sorted);
  }

  /** A summary of {@code quantiles} given as any map; see the constructor. */
  public static ConstSummary of(long count, double sum, Map<Double, Double> quantiles) {
    return new ConstSummary(count, sum, new TreeMap<>(Objects.requireNonNull(quantiles, "quantiles")));
  }
}
