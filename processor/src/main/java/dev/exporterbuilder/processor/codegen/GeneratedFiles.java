package dev.exporterbuilder.processor.codegen;

import com.squareup.javapoet.AnnotationSpec;
import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.JavaFile;
import com.squareup.javapoet.TypeSpec;
import java.io.IOException;
import javax.annotation.processing.Filer;
import javax.annotation.processing.Generated;
import javax.lang.model.element.Element;
import javax.lang.model.element.ModuleElement;
import javax.lang.model.util.Elements;

/**
 * The one place generated sources are written: every file gets {@code @Generated} where its module
 * can see it, its originating elements (for incremental builds) and the same formatting.
 */
public final class GeneratedFiles {

  /** The value of every {@code @Generated}; no date, so that output is deterministic. */
  static final String GENERATOR = "dev.exporterbuilder.processor.ExporterProcessor";

  private final Filer filer;
  private final Elements elements;

  public GeneratedFiles(Filer filer, Elements elements) {
    this.filer = filer;
    this.elements = elements;
  }

  /**
   * Writes {@code type} into {@code className}'s package.
   *
   * @param originatingElements the source elements the file is derived from, at least one; the
   *     first one's module is the module the file is generated into
   */
  public void write(ClassName className, TypeSpec.Builder type, Element... originatingElements) throws IOException {
    if (canSeeGenerated(originatingElements[0])) {
      type.addAnnotation(AnnotationSpec.builder(Generated.class).addMember("value", "$S", GENERATOR).build());
    }
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

  /**
   * Whether {@code @Generated} is visible where the file is generated: always in the unnamed module
   * (class path); in a named module only if it reads {@code java.compiler}, which most exporter
   * modules do not require. javac answers a lookup in a module only with types that module reads.
   */
  private boolean canSeeGenerated(Element origin) {
    ModuleElement module = elements.getModuleOf(origin);
    return module == null || module.isUnnamed()
        || elements.getTypeElement(module, Generated.class.getCanonicalName()) != null;
  }

  /** The name of a class generated beside {@code source}: {@code Outer_InnerSuffix} for nested classes. */
  public static ClassName sibling(ClassName source, String suffix) {
    return ClassName.get(source.packageName(), String.join("_", source.simpleNames()) + suffix);
  }
}
