package dev.exporterbuilder.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import dev.exporterbuilder.runtime.ExporterRuntime;
import dev.exporterbuilder.runtime.RunningExporter;
import dev.exporterbuilder.runtime.generated.ExporterDefinition;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Many random exporters (see {@link RandomExporterSource}), each compiled with the processor. Every
 * case either compiles, and then its generated exporter starts and serves a valid scrape, or fails
 * with exporter-builder diagnostics only: never a processor crash, never a javac error caused by our
 * output, never a diagnostic inside generated code. {@code -Dgenerated.cases=N} and
 * {@code -Dgenerated.seed=S} change how many and which.
 */
class GeneratedInputsTest {

  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @Test
  void everyInputCompilesCleanlyOrFailsWithOurDiagnosticsOnly() throws Exception {
    int cases = Integer.getInteger("generated.cases", 1000);
    long seed = Long.getLong("generated.seed", 20261122L);
    int compiled = 0;
    int served = 0;
    int rejected = 0;
    for (int i = 0; i < cases; i++) {
      Random random = new Random(seed + i);
      String className = "Case" + i;
      String source = new RandomExporterSource(random).write(className);
      List<JavaFileObject> files = new ArrayList<>();
      files.add(JavaFileObjects.forSourceString("gen." + className, source));
      if (random.nextInt(10) == 0) {
        // a class named like a java.lang type in the same package must not capture generated references
        files.add(JavaFileObjects.forSourceString("gen.Exception",
            "package gen;\n\nclass Exception extends RuntimeException {\n  private static final long serialVersionUID = 1L;\n}\n"));
      }
      Compilation compilation;
      try {
        compilation = Compiler.javac()
            .withProcessors(new ExporterProcessor())
            .withOptions(Sources.LINT, "--release", "17")
            .compile(files);
      } catch (RuntimeException e) {
        throw new AssertionError("case " + i + " (seed " + (seed + i) + ") crashed the compiler:\n" + source, e);
      }
      checkDiagnostics(i, source, compilation);
      if (compilation.status() == Compilation.Status.SUCCESS) {
        compiled++;
        served += serve(i, source, compilation);
      } else {
        rejected++;
      }
    }
    System.out.printf(Locale.ROOT, "generated inputs: %d cases (seed %d): %d compiled (%d exporters started and"
        + " scraped), %d rejected with exporter-builder diagnostics only, 0 crashes%n",
        cases, seed, compiled, served, rejected);
    assertEquals(cases, compiled + rejected);
    if (cases >= 100) {
      assertTrue(compiled >= cases / 20 && rejected >= cases / 20,
          "the generator should produce both outcomes: " + compiled + " compiled, " + rejected + " rejected");
    }
  }

  private static void checkDiagnostics(int i, String source, Compilation compilation) {
    for (Diagnostic<? extends JavaFileObject> diagnostic : compilation.diagnostics()) {
      if (diagnostic.getKind() == Diagnostic.Kind.NOTE) {
        continue;
      }
      String file = diagnostic.getSource() == null ? "" : diagnostic.getSource().getName();
      String message = diagnostic.getMessage(Locale.ROOT);
      boolean inInput = file.endsWith("Case" + i + ".java");
      boolean ours = message.startsWith("[EB") && !message.startsWith("[EB099]");
      if (!inInput || !ours) {
        fail("case " + i + ": " + diagnostic.getKind() + " not from exporter-builder's checks on the input: "
            + diagnostic + "\n" + source);
      }
    }
  }

  /**
   * Initialises every generated class of a compiled case (client_java checks metric metadata then),
   * starts every generated Main in this JVM and scrapes it once; returns how many were started.
   */
  private static int serve(int i, String source, Compilation compilation) throws Exception {
    ClassLoader loader = new CompiledClassLoader(compilation);
    int started = 0;
    for (JavaFileObject file : compilation.generatedSourceFiles()) {
      String name = file.getName().replaceFirst("^/SOURCE_OUTPUT/", "").replace(".java", "").replace('/', '.');
      try {
        Class.forName(name, true, loader);
      } catch (ClassNotFoundException | LinkageError e) {
        throw new AssertionError("case " + i + ": generated " + name + " cannot be initialised:\n" + source, e);
      }
      if (!name.endsWith("Main")) {
        continue;
      }
      ExporterDefinition definition;
      try {
        definition = (ExporterDefinition) loader.loadClass(name).getMethod("definition").invoke(null);
      } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
        throw new AssertionError("case " + i + " compiled but its definition failed:\n" + source, e);
      }
      try (RunningExporter exporter = ExporterRuntime.start(definition, "--web.listen-address=127.0.0.1:0",
          "--web.disable-exporter-metrics", "--log.level=error")) {
        int port = exporter.addresses().get(0).getPort();
        HttpResponse<String> response = HTTP.send(
            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/metrics")).build(),
            HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), () -> "case " + i + ":\n" + response.body() + "\n" + source);
        for (String line : response.body().split("\n")) {
          if (line.contains("_scrape_collector_success{")) {
            assertTrue(line.endsWith(" 1.0"), () -> "case " + i + ": " + line + "\n" + source);
          }
        }
        started++;
      } catch (RuntimeException e) {
        throw new AssertionError("case " + i + " compiled but its exporter failed:\n" + source, e);
      }
    }
    return started;
  }
}
