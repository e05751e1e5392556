package dev.exporterbuilder.processor.codegen;

import com.squareup.javapoet.AnnotationSpec;
import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.JavaFile;
import com.squareup.javapoet.TypeSpec;
import java.io.IOException;
import javax.annotation.processing.Filer;
import javax.annotation.processing.Generated;
import javax.lang.model.element.Element;

/**
 * The one place generated sources are written: every file gets {@code @Generated}, its originating
 * elements (for incremental builds) and the same formatting.
 */
public final class GeneratedFiles {

  /** The value of every {@code @Generated}; no date, so that output is deterministic. */
  static final String GENERATOR = "dev.exporterbuilder.processor.ExporterProcessor";

  private final Filer filer;

  public GeneratedFiles(Filer filer) {
    this.filer = filer;
  }

  /**
   * Writes {@code type} into {@code className}'s package.
   *
   * @param originatingElements the source elements the file is derived from
   */
  public void write(ClassName className, TypeSpec.Builder type, Element... originatingElements) throws IOException {
    type.addAnnotation(AnnotationSpec.builder(Generated.class).addMember("value", "$S", GENERATOR).build());
    for (Element element : originatingElements) {
      type.addOriginatingElement(element);
    }
    // java.lang types stay imported explicitly: a class named Exception or Number in the user's
    // package would otherwise shadow them in the generated file
    JavaFile.builder(className.packageName(), type.build())
        .indent("  ")
        .build()
        .writeTo(filer);
  }

  /** The name of a class generated beside {@code source}: {@code Outer_InnerSuffix} for nested classes. */
  public static ClassName sibling(ClassName source, String suffix) {
    return ClassName.get(source.packageName(), String.join("_", source.simpleNames()) + suffix);
  }
}
