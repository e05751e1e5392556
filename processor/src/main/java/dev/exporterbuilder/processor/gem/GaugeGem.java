package dev.exporterbuilder.processor.gem;

import javax.lang.model.element.AnnotationMirror;

/** {@code @Gauge}, read. */
public final class GaugeGem extends NumericMetricGem {

  GaugeGem(AnnotationMirror mirror) {
    super(mirror);
  }

  @Override
  public Attribute<String> keyCase() {
    return enumConstant("keyCase");
  }
}
