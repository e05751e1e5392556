package dev.exporterbuilder.processor.gem;

import java.util.List;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;

/**
 * {@code @SuppressWarnings}, read as a mirror: a value that does not compile would make
 * {@code getAnnotation}'s proxy throw.
 */
public final class SuppressWarningsGem extends Gem {

  private SuppressWarningsGem(AnnotationMirror mirror) {
    super(mirror);
  }

  public static Optional<SuppressWarningsGem> of(Element element) {
    return mirror(element, SuppressWarnings.class).map(SuppressWarningsGem::new);
  }

  /** The warning tokens that compile. */
  public Attribute<List<String>> value() {
    return strings("value");
  }
}
