package dev.exporterbuilder.processor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/**
 * Another team's annotation processor: writes the source each {@link GenerateSource} asks for. What
 * it writes exists from the next round on; in the round that asks, it is an unresolved type.
 */
final class SourceGeneratingProcessor extends AbstractProcessor {

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of(GenerateSource.class.getCanonicalName());
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    for (Element element : round.getElementsAnnotatedWith(GenerateSource.class)) {
      GenerateSource request = element.getAnnotation(GenerateSource.class);
      try (Writer out = processingEnv.getFiler().createSourceFile(request.name(), element).openWriter()) {
        out.write(request.source());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return true;
  }
}
