package dev.exporterbuilder.processor.gem;

import javax.lang.model.element.AnnotationMirror;

/** {@code @Untyped}, read. */
public final class UntypedGem extends NumericMetricGem {

  UntypedGem(AnnotationMirror mirror) {
    super(mirror);
  }
}
