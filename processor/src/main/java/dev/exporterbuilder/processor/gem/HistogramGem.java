package dev.exporterbuilder.processor.gem;

import java.util.List;
import javax.lang.model.element.AnnotationMirror;

/** {@code @Histogram}, read. */
public final class HistogramGem extends MetricGem {

  HistogramGem(AnnotationMirror mirror) {
    super(mirror);
  }

  @Override
  public Attribute<String> unit() {
    return string("unit");
  }

  @Override
  public Attribute<List<String>> labels() {
    return strings("labels");
  }

  /** The bucket upper bounds of a direct-instrumentation field, ascending. */
  @Override
  public Attribute<List<Double>> parameters() {
    return doubles("buckets");
  }
}
