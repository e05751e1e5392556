package dev.exporterbuilder.processor.model;

import com.squareup.javapoet.ClassName;
import dev.exporterbuilder.annotations.Counter;
import dev.exporterbuilder.annotations.Gauge;
import dev.exporterbuilder.annotations.Histogram;
import dev.exporterbuilder.annotations.Summary;
import dev.exporterbuilder.annotations.Info;
import dev.exporterbuilder.annotations.StateSet;
import dev.exporterbuilder.annotations.Untyped;
import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The Prometheus metric types the processor writes, with the annotation that asks for each. */
public enum MetricKind {
  GAUGE(Gauge.class),
  COUNTER(Counter.class),
  INFO(Info.class),
  STATE_SET(StateSet.class),
  HISTOGRAM(Histogram.class),
  SUMMARY(Summary.class),
  UNTYPED(Untyped.class);

  private final Class<? extends Annotation> annotation;

  MetricKind(Class<? extends Annotation> annotation) {
    this.annotation = annotation;
  }

  public Class<? extends Annotation> annotation() {
    return annotation;
  }

  /** The suffix the exposition adds to the name: {@code _total} for counters, {@code _info} for info. */
  public String exposedSuffix() {
    return switch (this) {
      case COUNTER -> "_total";
      case INFO -> "_info";
      case GAUGE, STATE_SET, HISTOGRAM, SUMMARY, UNTYPED -> "";
    };
  }

  /**
   * The names client_java claims for a family of this kind named {@code name}: the name itself and
   * each series name the exposition derives from it. Its registry refuses a family that shares one
   * with another family (a counter {@code x} and a gauge {@code x}; an info {@code x} and a gauge
   * {@code x_info}).
   */
  public List<String> claimedNames(String name) {
    List<String> suffixes = switch (this) {
      case GAUGE, STATE_SET, UNTYPED -> List.of();
      case COUNTER -> List.of("_total", "_created");
      case INFO -> List.of("_info");
      case HISTOGRAM -> List.of("_bucket", "_count", "_sum", "_created");
      case SUMMARY -> List.of("_count", "_sum", "_created");
    };
    List<String> names = new ArrayList<>();
    names.add(name);
    suffixes.forEach(suffix -> names.add(name + suffix));
    return names;
  }

  /**
   * The client_java metric class a direct-instrumentation field of this kind has; empty for info,
   * state sets and untyped metrics, which have no such field.
   */
  public Optional<ClassName> instrumentClass() {
    return switch (this) {
      case COUNTER -> Optional.of(RuntimeTypes.COUNTER);
      case GAUGE -> Optional.of(RuntimeTypes.GAUGE);
      case HISTOGRAM -> Optional.of(RuntimeTypes.HISTOGRAM);
      case SUMMARY -> Optional.of(RuntimeTypes.SUMMARY);
      case INFO, STATE_SET, UNTYPED -> Optional.empty();
    };
  }

  /** Whether {@code className}, a qualified name, is this kind's client_java metric class. */
  public boolean instrumentedBy(String className) {
    return instrumentClass().map(ClassName::canonicalName).filter(className::equals).isPresent();
  }

  /**
   * The value kind a scrape-time member of this kind yields, for the kinds that take one kind only:
   * {@code ConstHistogram} for histograms, {@code ConstSummary} for summaries; null for the others.
   */
  public ValueKind aggregateValue() {
    return switch (this) {
      case HISTOGRAM -> ValueKind.HISTOGRAM_DATA;
      case SUMMARY -> ValueKind.SUMMARY_DATA;
      case GAUGE, COUNTER, INFO, STATE_SET, UNTYPED -> null;
    };
  }

  /** The constant of client_java's {@code MetricType} that describes a family of this kind. */
  public String metricType() {
    return switch (this) {
      case GAUGE, COUNTER, INFO, HISTOGRAM, SUMMARY -> name();
      case STATE_SET -> "STATESET";
      case UNTYPED -> "UNKNOWN";
    };
  }

  /** The kind in a sentence: "a gauge", "an untyped metric". */
  public String described() {
    return switch (this) {
      case GAUGE -> "a gauge";
      case COUNTER -> "a counter";
      case INFO -> "an info metric";
      case STATE_SET -> "a state set";
      case HISTOGRAM -> "a histogram";
      case SUMMARY -> "a summary";
      case UNTYPED -> "an untyped metric";
    };
  }

  /** The annotation as written in source, such as {@code @Gauge}. */
  public String annotationName() {
    return "@" + annotation.getSimpleName();
  }
}
