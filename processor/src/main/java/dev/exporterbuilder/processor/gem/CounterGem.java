package dev.exporterbuilder.processor.gem;

import javax.lang.model.element.AnnotationMirror;

/** {@code @Counter}, read. */
public final class CounterGem extends NumericMetricGem {

  CounterGem(AnnotationMirror mirror) {
    super(mirror);
  }

  @Override
  public Attribute<String> keyCase() {
    return enumConstant("keyCase");
  }
}
