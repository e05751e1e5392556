package dev.exporterbuilder.processor.gem;

import java.util.List;
import javax.lang.model.element.AnnotationMirror;

/** {@code @Summary}, read. */
public final class SummaryGem extends MetricGem {

  SummaryGem(AnnotationMirror mirror) {
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

  /** The quantiles of a direct-instrumentation field. */
  @Override
  public Attribute<List<Double>> parameters() {
    return doubles("quantiles");
  }
}
