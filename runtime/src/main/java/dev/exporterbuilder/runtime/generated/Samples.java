package dev.exporterbuilder.runtime.generated;

import dev.exporterbuilder.runtime.ConstHistogram;
import dev.exporterbuilder.runtime.ConstSummary;
import io.prometheus.metrics.model.snapshots.ClassicHistogramBuckets;
import io.prometheus.metrics.model.snapshots.Exemplars;
import io.prometheus.metrics.model.snapshots.HistogramSnapshot;
import io.prometheus.metrics.model.snapshots.Labels;
import io.prometheus.metrics.model.snapshots.Quantile;
import io.prometheus.metrics.model.snapshots.Quantiles;
import io.prometheus.metrics.model.snapshots.SummarySnapshot;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** Value checks and data points that generated collectors use. */
public final class Samples {

  private Samples() {}

  /**
   * Returns {@code value} if it is a valid counter value.
   *
   * @throws IllegalArgumentException if {@code value} is negative or NaN; the member then reports no sample
   */
  public static double counterValue(double value) {
    if (!(value >= 0)) {
      throw new IllegalArgumentException("counter value " + value + " is negative or NaN");
    }
    return value;
  }

  /**
   * The states of a {@code @StateSet}: the constant names in ordinal order, read when the generated
   * collector is loaded, so that they match the enum on the class path.
   */
  public static String[] stateNames(Class<? extends Enum<?>> type) {
    Enum<?>[] constants = type.getEnumConstants();
    String[] names = new String[constants.length];
    for (Enum<?> constant : constants) {
      names[constant.ordinal()] = constant.name();
    }
    return names;
  }

  /** The state flags of a {@code @StateSet}: true only at the current constant's ordinal. */
  public static boolean[] states(Enum<?> current, int count) {
    boolean[] states = new boolean[count];
    states[current.ordinal()] = true;
    return states;
  }

  /**
   * A label value: an enum's {@code name()}, {@code ""} for null (client_java accepts a null label
   * value when it is built but fails the whole scrape when writing it), else {@code toString()}.
   */
  public static String labelValue(Object value) {
    if (value == null) {
      return "";
    }
    return value instanceof Enum<?> constant ? constant.name() : value.toString();
  }

  /**
   * The initial capacity of the list of data points read from {@code elements}: a collection's
   * size, else {@code ArrayList}'s default.
   */
  public static int capacity(Iterable<?> elements) {
    return elements instanceof Collection<?> collection ? collection.size() : 10;
  }

  /** The data point of a scrape-time {@code @Histogram} member's value, buckets made per-bucket with {@code +Inf} last. */
  public static HistogramSnapshot.HistogramDataPointSnapshot histogramPoint(ConstHistogram value, Labels labels) {
    int size = value.buckets().size();
    double[] bounds = new double[size + 1];
    long[] counts = new long[size + 1];
    int i = 0;
    long previous = 0;
    for (Map.Entry<Double, Long> bucket : value.buckets().entrySet()) {
      bounds[i] = bucket.getKey();
      counts[i] = bucket.getValue() - previous;
      previous = bucket.getValue();
      i++;
    }
    bounds[size] = Double.POSITIVE_INFINITY;
    counts[size] = value.count() - previous;
    return new HistogramSnapshot.HistogramDataPointSnapshot(ClassicHistogramBuckets.of(bounds, counts), value.sum(),
        labels, Exemplars.EMPTY, 0);
  }

  /** The data point of a scrape-time {@code @Summary} member's value. */
  public static SummarySnapshot.SummaryDataPointSnapshot summaryPoint(ConstSummary value, Labels labels) {
    List<Quantile> quantiles = new ArrayList<>(value.quantiles().size());
    value.quantiles().forEach((rank, quantile) -> quantiles.add(new Quantile(rank, quantile)));
    return new SummarySnapshot.SummaryDataPointSnapshot(value.count(), value.sum(), Quantiles.of(quantiles), labels,
        Exemplars.EMPTY, 0);
  }
}
