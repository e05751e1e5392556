package dev.exporterbuilder.processor.gem;

import dev.exporterbuilder.annotations.ConstLabel;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;

/** {@code @ConstLabel}, read. */
public final class ConstLabelGem extends Gem {

  private ConstLabelGem(AnnotationMirror mirror) {
    super(mirror);
  }

  public static Optional<ConstLabelGem> of(Element element) {
    return mirror(element, ConstLabel.class).map(ConstLabelGem::new);
  }

  /** The label name. */
  public Attribute<String> value() {
    return string("value");
  }
}
