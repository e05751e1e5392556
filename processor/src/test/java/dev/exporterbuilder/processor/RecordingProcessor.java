package dev.exporterbuilder.processor;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Filer;
import javax.annotation.processing.Messager;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;
import javax.tools.FileObject;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;

/**
 * Runs {@link ExporterProcessor} and records the names of the source files it creates, which
 * compile-testing does not reveal for a failed compilation.
 */
final class RecordingProcessor extends AbstractProcessor {

  private final ExporterProcessor delegate = new ExporterProcessor();
  private final List<String> created = new ArrayList<>();

  /** The qualified names of the source files created so far. */
  List<String> created() {
    return List.copyOf(created);
  }

  @Override
  public synchronized void init(ProcessingEnvironment environment) {
    super.init(environment);
    Filer filer = environment.getFiler();
    Filer recording = new Filer() {
      @Override
      public JavaFileObject createSourceFile(CharSequence name, Element... originatingElements) throws IOException {
        created.add(name.toString());
        return filer.createSourceFile(name, originatingElements);
      }

      @Override
      public JavaFileObject createClassFile(CharSequence name, Element... originatingElements) throws IOException {
        return filer.createClassFile(name, originatingElements);
      }

      @Override
      public FileObject createResource(JavaFileManager.Location location, CharSequence moduleAndPkg,
          CharSequence relativeName, Element... originatingElements) throws IOException {
        return filer.createResource(location, moduleAndPkg, relativeName, originatingElements);
      }

      @Override
      public FileObject getResource(JavaFileManager.Location location, CharSequence moduleAndPkg,
          CharSequence relativeName) throws IOException {
        return filer.getResource(location, moduleAndPkg, relativeName);
      }
    };
    delegate.init(new ProcessingEnvironment() {
      @Override
      public Map<String, String> getOptions() {
        return environment.getOptions();
      }

      @Override
      public Messager getMessager() {
        return environment.getMessager();
      }

      @Override
      public Filer getFiler() {
        return recording;
      }

      @Override
      public Elements getElementUtils() {
        return environment.getElementUtils();
      }

      @Override
      public Types getTypeUtils() {
        return environment.getTypeUtils();
      }

      @Override
      public SourceVersion getSourceVersion() {
        return environment.getSourceVersion();
      }

      @Override
      public Locale getLocale() {
        return environment.getLocale();
      }
    });
  }

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return delegate.getSupportedAnnotationTypes();
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return delegate.getSupportedSourceVersion();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    return delegate.process(annotations, round);
  }
}
