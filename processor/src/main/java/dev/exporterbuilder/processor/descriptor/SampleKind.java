package dev.exporterbuilder.processor.descriptor;

import dev.exporterbuilder.processor.model.MetricKind;

/**
 * The metric types whose samples carry a value, read from a scalar, a map, elements or a client_java
 * metric; info and state sets have shapes of their own.
 */
public enum SampleKind {
  GAUGE(MetricKind.GAUGE),
  COUNTER(MetricKind.COUNTER),
  HISTOGRAM(MetricKind.HISTOGRAM),
  SUMMARY(MetricKind.SUMMARY);

  private final MetricKind metricKind;

  SampleKind(MetricKind metricKind) {
    this.metricKind = metricKind;
  }

  public MetricKind metricKind() {
    return metricKind;
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
