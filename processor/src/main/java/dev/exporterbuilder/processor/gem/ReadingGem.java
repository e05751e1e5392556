package dev.exporterbuilder.processor.gem;

import dev.exporterbuilder.annotations.Reading;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;

/** {@code @Reading}, read: it has no attributes, so it is present or not. */
public final class ReadingGem extends Gem {

  private ReadingGem(AnnotationMirror mirror) {
    super(mirror);
  }

  public static Optional<ReadingGem> of(Element element) {
    return mirror(element, Reading.class).map(ReadingGem::new);
  }
}
