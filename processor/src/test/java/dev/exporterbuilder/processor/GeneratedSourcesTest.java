package dev.exporterbuilder.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * The generated sources of a representative exporter are exactly the golden files under
 * {@code src/test/resources/golden}. Run with {@code -Dgolden.update=true} to rewrite the golden
 * files on purpose, then review the diff.
 */
class GeneratedSourcesTest {

  /** Read from the source tree (tests run in the module directory) so that an update lands in git. */
  private static final Path GOLDEN_SOURCE_DIRECTORY = Path.of("src/test/resources/golden");

  private static Map<String, String> generate() {
    Path root = Sources.resourceDirectory("positive");
    List<JavaFileObject> inputs = Sources.javaFiles(root).stream().map(file -> Sources.fileObject(root, file)).toList();
    Compilation compilation = Sources.compile(inputs);
    assertEquals(Compilation.Status.SUCCESS, compilation.status(), () -> compilation.diagnostics().toString());
    Map<String, String> generated = new TreeMap<>();
    for (JavaFileObject file : compilation.generatedSourceFiles()) {
      try {
        String path = file.toUri().getPath();
        generated.put(path.substring(path.indexOf("SOURCE_OUTPUT/") + "SOURCE_OUTPUT/".length()),
            file.getCharContent(true).toString());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return generated;
  }

  @Test
  void generatedSourcesMatchGoldenFiles() throws IOException {
    Map<String, String> generated = generate();
    assertEquals(List.of(
            "com/example/net/EchoCollector.java",
            "com/example/net/HttpCheckCollector.java",
            "com/example/net/NetExporterMain.java",
            "com/example/net/TcpCheckCollector.java",
            "com/example/pump/ControllerCollector.java",
            "com/example/pump/DiagnosticsCollector.java",
            "com/example/pump/MeterCollector.java",
            "com/example/pump/PumpExporterCollector.java",
            "com/example/pump/PumpExporterMain.java",
            "com/example/pump/PumpsCollector.java",
            "com/example/pump/RegistersCollector.java",
            "com/example/pump/RpcCollector.java",
            "com/example/pump/TankCollector.java",
            "com/example/pump/ValvesCollector.java"),
        List.copyOf(generated.keySet()));
    for (Map.Entry<String, String> file : generated.entrySet()) {
      if (Boolean.getBoolean("golden.update")) {
        Path target = GOLDEN_SOURCE_DIRECTORY.resolve(file.getKey());
        Files.createDirectories(target.getParent());
        Files.writeString(target, file.getValue());
        continue;
      }
      Path expected = GOLDEN_SOURCE_DIRECTORY.resolve(file.getKey());
      assertTrue(Files.exists(expected), "no golden file for " + file.getKey() + "; run with -Dgolden.update=true");
      assertEquals(Files.readString(expected), file.getValue(), file.getKey() + " differs from its golden file");
    }
  }

  @Test
  void generationIsDeterministic() {
    assertEquals(generate(), generate());
  }

  @Test
  void generatedCodeCompilesWithoutAnyDiagnostic() {
    Path root = Sources.resourceDirectory("positive");
    Compilation compilation = Sources.compile(
        Sources.javaFiles(root).stream().map(file -> Sources.fileObject(root, file)).toList());
    List<String> diagnostics = compilation.diagnostics().stream()
        .filter(d -> d.getKind() != Diagnostic.Kind.NOTE)
        .map(Object::toString)
        .toList();
    assertTrue(diagnostics.isEmpty(), diagnostics::toString);
    assertFalse(compilation.generatedSourceFiles().isEmpty());
  }
}
