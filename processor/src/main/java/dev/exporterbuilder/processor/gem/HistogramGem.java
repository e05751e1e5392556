package dev.exporterbuilder.processor.gem;

import java.util.List;
import javax.lang.model.element.AnnotationMirror;

/** {@code @Histogram}, read. */
public final class HistogramGem extends NumericMetricGem {

  HistogramGem(AnnotationMirror mirror) {
    super(mirror);
  }

  /** The bucket upper bounds of a direct-instrumentation field, ascending. */
  @Override
  public Attribute<List<Double>> parameters() {
    return doubles("buckets");
  }
}
