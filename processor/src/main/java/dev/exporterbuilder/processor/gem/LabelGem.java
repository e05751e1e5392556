package dev.exporterbuilder.processor.gem;

import dev.exporterbuilder.annotations.Label;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;

/** {@code @Label}, read. */
public final class LabelGem extends Gem {

  private LabelGem(AnnotationMirror mirror) {
    super(mirror);
  }

  public static Optional<LabelGem> of(Element element) {
    return mirror(element, Label.class).map(LabelGem::new);
  }

  /** The label name, empty to derive it from the member's name. */
  public Attribute<String> value() {
    return string("value");
  }
}
