package dev.exporterbuilder.processor.gem;

import javax.lang.model.element.AnnotationMirror;

/** {@code @Info}, read. */
public final class InfoGem extends MetricGem {

  InfoGem(AnnotationMirror mirror) {
    super(mirror);
  }
}
