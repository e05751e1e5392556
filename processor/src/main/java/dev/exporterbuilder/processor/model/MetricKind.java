package dev.exporterbuilder.processor.model;

import dev.exporterbuilder.annotations.Counter;
import dev.exporterbuilder.annotations.Gauge;
import java.lang.annotation.Annotation;

/** The Prometheus metric types the processor writes, with the annotation that asks for each. */
public enum MetricKind {
  GAUGE(Gauge.class),
  COUNTER(Counter.class);

  private final Class<? extends Annotation> annotation;

  MetricKind(Class<? extends Annotation> annotation) {
    this.annotation = annotation;
  }

  public Class<? extends Annotation> annotation() {
    return annotation;
  }

  /** The annotation as written in source, such as {@code @Gauge}. */
  public String annotationName() {
    return "@" + annotation.getSimpleName();
  }
}
