package dev.exporterbuilder.processor.gem;

import dev.exporterbuilder.annotations.Probe;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.type.TypeMirror;

/** {@code @Probe}, read. */
public final class ProbeGem extends Gem {

  private ProbeGem(AnnotationMirror mirror) {
    super(mirror);
  }

  public static Optional<ProbeGem> of(Element element) {
    return mirror(element, Probe.class).map(ProbeGem::new);
  }

  public Attribute<String> name() {
    return string("name");
  }

  public Attribute<String> help() {
    return string("help");
  }

  /** The module class; {@code void} (a {@code NoType}) when the probe has no modules. */
  public Attribute<TypeMirror> module() {
    return type("module");
  }
}
