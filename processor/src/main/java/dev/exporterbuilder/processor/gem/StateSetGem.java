package dev.exporterbuilder.processor.gem;

import javax.lang.model.element.AnnotationMirror;

/** {@code @StateSet}, read. */
public final class StateSetGem extends MetricGem {

  StateSetGem(AnnotationMirror mirror) {
    super(mirror);
  }
}
