package dev.exporterbuilder.processor.gem;

import java.util.List;
import javax.lang.model.element.AnnotationMirror;

/** {@code @Summary}, read. */
public final class SummaryGem extends NumericMetricGem {

  SummaryGem(AnnotationMirror mirror) {
    super(mirror);
  }

  /** The quantiles of a direct-instrumentation field. */
  @Override
  public Attribute<List<Double>> parameters() {
    return doubles("quantiles");
  }
}
