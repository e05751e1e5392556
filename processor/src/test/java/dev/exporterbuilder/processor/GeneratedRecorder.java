package dev.exporterbuilder.processor;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Generated;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/**
 * A processor of generated code, such as a code-coverage or architecture checker: it supports only
 * {@code @Generated}, so javac calls it only with {@code @Generated} elements that no processor
 * before it claimed.
 */
final class GeneratedRecorder extends AbstractProcessor {

  private final boolean claims;
  private final List<String> seen = new ArrayList<>();

  /** @param claims whether it claims {@code @Generated} (returns true) */
  GeneratedRecorder(boolean claims) {
    this.claims = claims;
  }

  /** The qualified names of the {@code @Generated} types it was given, in order. */
  List<String> seen() {
    return List.copyOf(seen);
  }

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of(Generated.class.getCanonicalName());
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    if (annotations.stream().anyMatch(type -> type.getQualifiedName().contentEquals(Generated.class.getCanonicalName()))) {
      for (Element element : round.getElementsAnnotatedWith(Generated.class)) {
        seen.add(((TypeElement) element).getQualifiedName().toString());
      }
    }
    return claims;
  }
}
