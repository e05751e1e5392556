package dev.exporterbuilder.processor.gem;

import dev.exporterbuilder.annotations.Collector;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;

/** {@code @Collector}, read. */
public final class CollectorGem extends Gem {

  private CollectorGem(AnnotationMirror mirror) {
    super(mirror);
  }

  public static Optional<CollectorGem> of(Element element) {
    return mirror(element, Collector.class).map(CollectorGem::new);
  }

  public Attribute<String> name() {
    return string("name");
  }

  public Attribute<String> subsystem() {
    return string("subsystem");
  }

  public Attribute<Boolean> enabledByDefault() {
    return bool("enabledByDefault");
  }

  public Attribute<String> cache() {
    return string("cache");
  }

  public Attribute<String> timeout() {
    return string("timeout");
  }
}
