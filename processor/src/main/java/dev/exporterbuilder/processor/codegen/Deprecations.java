package dev.exporterbuilder.processor.codegen;

import com.squareup.javapoet.AnnotationSpec;
import java.util.Collection;
import javax.lang.model.element.Element;

/**
 * Generated code reads what the author wrote; when the author deprecated some of it, the generated
 * class suppresses the deprecation warnings that javac would report in it, so that builds with
 * {@code -Xlint:all -Werror} keep working while a metric is phased out.
 */
final class Deprecations {

  static final AnnotationSpec SUPPRESS = AnnotationSpec.builder(SuppressWarnings.class)
      .addMember("value", "$S", "deprecation")
      .build();

  private Deprecations() {}

  /** Whether any of {@code elements}, or a class enclosing one, is {@code @Deprecated}. */
  static boolean any(Collection<? extends Element> elements) {
    for (Element element : elements) {
      for (Element e = element; e != null; e = e.getEnclosingElement()) {
        if (e.getAnnotation(Deprecated.class) != null) {
          return true;
        }
      }
    }
    return false;
  }
}
