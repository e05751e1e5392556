package dev.exporterbuilder.processor.descriptor;

import com.squareup.javapoet.ClassName;
import dev.exporterbuilder.processor.model.MetricKind;

/**
 * The metric types whose samples carry a value, read from a scalar, a map, elements or a client_java
 * metric; info and state sets have shapes of their own.
 */
public enum SampleKind {
  GAUGE(MetricKind.GAUGE),
  COUNTER(MetricKind.COUNTER),
  HISTOGRAM(MetricKind.HISTOGRAM),
  SUMMARY(MetricKind.SUMMARY),
  UNTYPED(MetricKind.UNTYPED);

  private final MetricKind metricKind;

  SampleKind(MetricKind metricKind) {
    this.metricKind = metricKind;
  }

  public MetricKind metricKind() {
    return metricKind;
  }

  /** The client_java metric class of a direct-instrumentation field of this kind. */
  public ClassName instrumentClass() {
    return metricKind.instrumentClass().orElseThrow();
  }

  /**
   * Whether samples of this kind can come from values of {@code value}: a histogram's only from
   * {@code ConstHistogram}, a summary's only from {@code ConstSummary}, a gauge's, counter's or
   * untyped metric's from any number or boolean but neither of those.
   */
  public boolean takes(SampleValue value) {
    return switch (this) {
      case HISTOGRAM -> value == SampleValue.HISTOGRAM_DATA;
      case SUMMARY -> value == SampleValue.SUMMARY_DATA;
      case GAUGE, COUNTER, UNTYPED -> value != SampleValue.HISTOGRAM_DATA && value != SampleValue.SUMMARY_DATA;
    };
  }

  /** Refuses a pairing the writers would turn into code that does not compile. */
  void requireTakes(SampleValue value) {
    if (!takes(value)) {
      throw new IllegalArgumentException(this + " samples cannot come from " + value + " values");
    }
  }

  static SampleKind of(MetricKind kind) {
    for (SampleKind sampleKind : values()) {
      if (sampleKind.metricKind == kind) {
        return sampleKind;
      }
    }
    throw new IllegalArgumentException(kind + " has no sample values");
  }
}
