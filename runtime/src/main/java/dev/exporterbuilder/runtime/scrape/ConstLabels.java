package dev.exporterbuilder.runtime.scrape;

import dev.exporterbuilder.runtime.generated.ConstLabelDefinition;
import dev.exporterbuilder.runtime.process.FailureLog;
import dev.exporterbuilder.runtime.process.Log;
import dev.exporterbuilder.runtime.process.StartupFailure;
import io.prometheus.metrics.model.snapshots.CounterSnapshot;
import io.prometheus.metrics.model.snapshots.CounterSnapshot.CounterDataPointSnapshot;
import io.prometheus.metrics.model.snapshots.GaugeSnapshot;
import io.prometheus.metrics.model.snapshots.GaugeSnapshot.GaugeDataPointSnapshot;
import io.prometheus.metrics.model.snapshots.HistogramSnapshot;
import io.prometheus.metrics.model.snapshots.HistogramSnapshot.HistogramDataPointSnapshot;
import io.prometheus.metrics.model.snapshots.InfoSnapshot;
import io.prometheus.metrics.model.snapshots.InfoSnapshot.InfoDataPointSnapshot;
import io.prometheus.metrics.model.snapshots.Labels;
import io.prometheus.metrics.model.snapshots.MetricSnapshot;
import io.prometheus.metrics.model.snapshots.StateSetSnapshot;
import io.prometheus.metrics.model.snapshots.StateSetSnapshot.StateSetDataPointSnapshot;
import io.prometheus.metrics.model.snapshots.SummarySnapshot;
import io.prometheus.metrics.model.snapshots.SummarySnapshot.SummaryDataPointSnapshot;
import io.prometheus.metrics.model.snapshots.UnknownSnapshot;
import io.prometheus.metrics.model.snapshots.UnknownSnapshot.UnknownDataPointSnapshot;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code @ConstLabel} labels of one collector: read once at start-up into one {@link Labels},
 * then merged into the labels of every data point of every snapshot the collector yields. The
 * compiler has made sure no member of the collector has a label of the same name.
 *
 * <pre>
 * level=error msg="Cannot read constant label" label=server member=PgExporter.server() err="value is null"
 * </pre>
 */
public final class ConstLabels {

  /** No constant labels: snapshots pass unchanged. */
  public static final ConstLabels NONE = new ConstLabels(Labels.EMPTY);

  private final Labels labels;

  private ConstLabels(Labels labels) {
    this.labels = labels;
  }

  /**
   * Reads each member once, in order: an enum gives its {@code name()}, anything else its
   * {@code String.valueOf}. A member that throws or gives null is logged as one error line naming it,
   * and start-up fails.
   */
  public static ConstLabels read(List<ConstLabelDefinition> definitions) throws StartupFailure {
    if (definitions.isEmpty()) {
      return NONE;
    }
    String[] names = new String[definitions.size()];
    String[] values = new String[definitions.size()];
    for (int i = 0; i < definitions.size(); i++) {
      ConstLabelDefinition definition = definitions.get(i);
      names[i] = definition.name();
      values[i] = value(definition);
    }
    return new ConstLabels(Labels.of(names, values));
  }

  private static String value(ConstLabelDefinition definition) throws StartupFailure {
    Object value;
    try {
      value = definition.value().get();
    } catch (RuntimeException | LinkageError | AssertionError e) {
      throw failure(definition, FailureLog.describe(e));
    }
    if (value == null) {
      throw failure(definition, "value is null");
    }
    return value instanceof Enum<?> constant ? constant.name() : String.valueOf(value);
  }

  private static StartupFailure failure(ConstLabelDefinition definition, String reason) {
    Log.error("Cannot read constant label", "label", definition.name(), "member", definition.member(), "err", reason);
    return StartupFailure.startup("constant label " + definition.name() + " from " + definition.member()
        + " failed: " + reason);
  }

  /** These labels and {@code more}, whose names differ from these. */
  public ConstLabels and(ConstLabels more) {
    return more.labels.isEmpty() ? this : labels.isEmpty() ? more : new ConstLabels(labels.merge(more.labels));
  }

  /** {@code snapshot} with these labels on every data point; itself when there are none. */
  MetricSnapshot apply(MetricSnapshot snapshot) {
    if (labels.isEmpty()) {
      return snapshot;
    }
    if (snapshot instanceof GaugeSnapshot gauge) {
      List<GaugeDataPointSnapshot> points = new ArrayList<>(gauge.getDataPoints().size());
      for (GaugeDataPointSnapshot point : gauge.getDataPoints()) {
        points.add(new GaugeDataPointSnapshot(point.getValue(), merge(point.getLabels()), point.getExemplar(),
            point.getScrapeTimestampMillis()));
      }
      return new GaugeSnapshot(gauge.getMetadata(), points);
    }
    if (snapshot instanceof CounterSnapshot counter) {
      List<CounterDataPointSnapshot> points = new ArrayList<>(counter.getDataPoints().size());
      for (CounterDataPointSnapshot point : counter.getDataPoints()) {
        points.add(new CounterDataPointSnapshot(point.getValue(), merge(point.getLabels()), point.getExemplar(),
            point.getCreatedTimestampMillis(), point.getScrapeTimestampMillis()));
      }
      return new CounterSnapshot(counter.getMetadata(), points);
    }
    if (snapshot instanceof HistogramSnapshot histogram) {
      List<HistogramDataPointSnapshot> points = new ArrayList<>(histogram.getDataPoints().size());
      for (HistogramDataPointSnapshot point : histogram.getDataPoints()) {
        points.add(new HistogramDataPointSnapshot(point.getClassicBuckets(), point.getNativeSchema(),
            point.getNativeZeroCount(), point.getNativeZeroThreshold(), point.getNativeBucketsForPositiveValues(),
            point.getNativeBucketsForNegativeValues(), point.getSum(), merge(point.getLabels()),
            point.getExemplars(), point.getCreatedTimestampMillis(), point.getScrapeTimestampMillis()));
      }
      return new HistogramSnapshot(histogram.isGaugeHistogram(), histogram.getMetadata(), points);
    }
    if (snapshot instanceof SummarySnapshot summary) {
      List<SummaryDataPointSnapshot> points = new ArrayList<>(summary.getDataPoints().size());
      for (SummaryDataPointSnapshot point : summary.getDataPoints()) {
        points.add(new SummaryDataPointSnapshot(point.getCount(), point.getSum(), point.getQuantiles(),
            merge(point.getLabels()), point.getExemplars(), point.getCreatedTimestampMillis(),
            point.getScrapeTimestampMillis()));
      }
      return new SummarySnapshot(summary.getMetadata(), points);
    }
    if (snapshot instanceof InfoSnapshot info) {
      List<InfoDataPointSnapshot> points = new ArrayList<>(info.getDataPoints().size());
      for (InfoDataPointSnapshot point : info.getDataPoints()) {
        points.add(new InfoDataPointSnapshot(merge(point.getLabels()), point.getScrapeTimestampMillis()));
      }
      return new InfoSnapshot(info.getMetadata(), points);
    }
    if (snapshot instanceof StateSetSnapshot stateSet) {
      List<StateSetDataPointSnapshot> points = new ArrayList<>(stateSet.getDataPoints().size());
      for (StateSetDataPointSnapshot point : stateSet.getDataPoints()) {
        String[] names = new String[point.size()];
        boolean[] values = new boolean[point.size()];
        for (int i = 0; i < point.size(); i++) {
          names[i] = point.getName(i);
          values[i] = point.isTrue(i);
        }
        points.add(new StateSetDataPointSnapshot(names, values, merge(point.getLabels()),
            point.getScrapeTimestampMillis()));
      }
      return new StateSetSnapshot(stateSet.getMetadata(), points);
    }
    if (snapshot instanceof UnknownSnapshot unknown) {
      List<UnknownDataPointSnapshot> points = new ArrayList<>(unknown.getDataPoints().size());
      for (UnknownDataPointSnapshot point : unknown.getDataPoints()) {
        points.add(new UnknownDataPointSnapshot(point.getValue(), merge(point.getLabels()), point.getExemplar(),
            point.getScrapeTimestampMillis()));
      }
      return new UnknownSnapshot(unknown.getMetadata(), points);
    }
    throw new IllegalArgumentException("cannot add constant labels to a " + snapshot.getClass().getSimpleName());
  }

  private Labels merge(Labels own) {
    return own.isEmpty() ? labels : own.merge(labels);
  }
}
