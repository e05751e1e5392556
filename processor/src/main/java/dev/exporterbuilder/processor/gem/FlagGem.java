package dev.exporterbuilder.processor.gem;

import dev.exporterbuilder.annotations.Flag;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;

/** {@code @Flag}, read. */
public final class FlagGem extends Gem {

  private FlagGem(AnnotationMirror mirror) {
    super(mirror);
  }

  public static Optional<FlagGem> of(Element element) {
    return mirror(element, Flag.class).map(FlagGem::new);
  }

  public Attribute<String> name() {
    return string("name");
  }

  public Attribute<String> help() {
    return string("help");
  }

  public Attribute<String> env() {
    return string("env");
  }

  public Attribute<Boolean> secret() {
    return bool("secret");
  }
}
