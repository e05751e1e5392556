package dev.exporterbuilder.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.sun.source.util.Trees;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * How the processor declares itself to Gradle's incremental annotation processing, and the rules of
 * that category it must keep (Gradle user guide, "Incremental annotation processing"): aggregating,
 * since a generated Main is derived from several classes (the exporter and its collectors, possibly of
 * a library), which rules out isolating (one originating element per generated file).
 */
class GradleIncrementalTest {

  private static final String DESCRIPTOR = "META-INF/gradle/incremental.annotation.processors";
  private static final String SERVICES = "META-INF/services/javax.annotation.processing.Processor";

  @Test
  void theJarDeclaresItsOneProcessorAggregating() throws IOException {
    assertEquals(List.of(ExporterProcessor.class.getName() + ",aggregating"), ownEntries(DESCRIPTOR));
    // every processor the jar registers with javac is declared to Gradle, or Gradle recompiles in full
    assertEquals(List.of(ExporterProcessor.class.getName()), ownEntries(SERVICES));
  }

  /** Aggregating processors "can only read CLASS or RUNTIME retention annotations". */
  @Test
  void everyAnnotationTheProcessorReadsIsKeptInClassFiles() throws ClassNotFoundException {
    Set<String> supported = new ExporterProcessor().getSupportedAnnotationTypes();
    assertTrue(supported.size() >= 10, supported::toString);
    for (String name : supported) {
      Class<?> type = Class.forName(name);
      assertTrue(type.isAnnotation(), name);
      Retention retention = type.getAnnotation(Retention.class);
      // no @Retention means CLASS
      RetentionPolicy policy = retention == null ? RetentionPolicy.CLASS : retention.value();
      assertNotEquals(RetentionPolicy.SOURCE, policy, name);
    }
  }

  /**
   * Gradle wraps the processing environment, so {@link Trees#instance} refuses it and the processor
   * falls back to the element API, as Gradle asks of processors that use compiler-specific APIs. The
   * sources, alerts, dashboard, scrape config and manifests are the same, byte for byte. Only the
   * flag defaults, which the catalog reads as the source writes them, are unknown (null in
   * {@code metrics.json}, "—" in {@code METRICS.md}): under Gradle's incremental compilation an
   * unchanged class has no source tree either, so reaching javac's trees through the wrapper would
   * make a full and an incremental build write different catalogs.
   */
  @Test
  void generatesTheSameFilesUnderAWrappedEnvironmentButForFlagDefaults() throws IOException {
    Map<String, String> direct = generated(new ExporterProcessor());
    Map<String, String> wrapped = generated(new WrappingProcessor(new ExporterProcessor()));
    assertTrue(direct.keySet().stream().anyMatch(name -> name.endsWith("Main.java")), direct::toString);
    assertEquals(direct.keySet(), wrapped.keySet());
    ObjectMapper json = new ObjectMapper();
    boolean knownDefault = false;
    int catalogs = 0;
    for (String name : direct.keySet()) {
      if (name.endsWith("/metrics.json")) {
        catalogs++;
        JsonNode expected = json.readTree(direct.get(name));
        JsonNode actual = json.readTree(wrapped.get(name));
        for (int i = 0; i < expected.get("flags").size(); i++) {
          JsonNode flag = actual.get("flags").get(i);
          assertTrue(flag.get("default").isNull(), () -> name + ": " + flag);
          knownDefault |= !expected.get("flags").get(i).get("default").isNull();
          ((ObjectNode) expected.get("flags").get(i)).putNull("default");
        }
        assertEquals(expected, actual, name);
      } else if (name.endsWith("/METRICS.md")) {
        assertEquals(withoutFlagRows(direct.get(name)), withoutFlagRows(wrapped.get(name)), name);
      } else {
        assertEquals(direct.get(name), wrapped.get(name), name);
      }
    }
    assertTrue(catalogs > 0, direct.keySet()::toString);
    assertTrue(knownDefault, "javac's own build knows some flag's default");
  }

  /** METRICS.md without the rows of its flag tables, whose default column the trees fill. */
  private static List<String> withoutFlagRows(String markdown) {
    return markdown.lines().filter(line -> !line.startsWith("| `--")).toList();
  }

  @Test
  void aWrappedEnvironmentHasNoTrees() {
    ProcessingEnvironment[] seen = new ProcessingEnvironment[1];
    Processor probe = new AbstractProcessor() {
      @Override
      public Set<String> getSupportedAnnotationTypes() {
        return Set.of("*");
      }

      @Override
      public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
      }

      @Override
      public synchronized void init(ProcessingEnvironment environment) {
        super.init(environment);
        seen[0] = environment;
      }

      @Override
      public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        return false;
      }
    };
    generated(new WrappingProcessor(probe));
    assertThrows(IllegalArgumentException.class, () -> Trees.instance(seen[0]));
  }

  private static Map<String, String> generated(Processor processor) {
    Path root = Sources.resourceDirectory("positive");
    List<JavaFileObject> inputs = Sources.javaFiles(root).stream().map(file -> Sources.fileObject(root, file)).toList();
    Compilation compilation = Compiler.javac()
        .withProcessors(processor)
        .withOptions(Sources.LINT, "--release", "17")
        .compile(inputs);
    assertEquals(Compilation.Status.SUCCESS, compilation.status(), () -> compilation.diagnostics().toString());
    Map<String, String> files = new TreeMap<>();
    for (JavaFileObject file : compilation.generatedFiles()) {
      if (file.getKind() == JavaFileObject.Kind.CLASS) {
        continue;
      }
      try {
        files.put(file.toUri().getPath(), file.getCharContent(true).toString());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return files;
  }

  /** The non-blank, non-comment lines of {@code resource} in the processor's own jar (or classes directory). */
  private static List<String> ownEntries(String resource) throws IOException {
    URL own = ExporterProcessor.class.getProtectionDomain().getCodeSource().getLocation();
    List<String> entries = new ArrayList<>();
    for (URL url : Collections.list(ExporterProcessor.class.getClassLoader().getResources(resource))) {
      if (!url.toString().contains(own.getPath())) {
        continue;
      }
      try (InputStream in = url.openStream()) {
        for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
          String entry = line.replaceAll("#.*", "").strip();
          if (!entry.isEmpty()) {
            entries.add(entry);
          }
        }
      }
    }
    return entries;
  }

  /**
   * A processor run behind a proxy of the processing environment, as Gradle's incremental processing
   * runs it: every call is passed on, but the environment is no longer javac's own.
   */
  private static final class WrappingProcessor extends AbstractProcessor {

    private final Processor delegate;

    WrappingProcessor(Processor delegate) {
      this.delegate = delegate;
    }

    @Override
    public synchronized void init(ProcessingEnvironment environment) {
      super.init(environment);
      InvocationHandler passOn = (proxy, method, args) -> {
        try {
          return method.invoke(environment, args);
        } catch (InvocationTargetException e) {
          throw e.getCause();
        }
      };
      delegate.init((ProcessingEnvironment) Proxy.newProxyInstance(getClass().getClassLoader(),
          new Class<?>[] {ProcessingEnvironment.class}, passOn));
    }

    @Override
    public Set<String> getSupportedAnnotationTypes() {
      return delegate.getSupportedAnnotationTypes();
    }

    @Override
    public Set<String> getSupportedOptions() {
      return delegate.getSupportedOptions();
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
}
