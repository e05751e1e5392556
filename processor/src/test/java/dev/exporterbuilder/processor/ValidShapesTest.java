package dev.exporterbuilder.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each file under {@code src/test/resources/valid} is a valid shape that an earlier version got
 * wrong; it must compile, generated code included, without any diagnostic.
 */
class ValidShapesTest {

  static Stream<String> cases() {
    Path root = Sources.resourceDirectory("valid");
    return Sources.javaFiles(root).stream().map(file -> root.relativize(file).toString());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void compilesWithoutDiagnostics(String name) {
    Path root = Sources.resourceDirectory("valid");
    Compilation compilation = Sources.compileAllowingWarnings(
        List.of(Sources.fileObject(root, root.resolve(name))), new ExporterProcessor());
    assertEquals(List.of(), compilation.diagnostics().stream()
        .filter(d -> d.getKind() != Diagnostic.Kind.NOTE).map(Object::toString).toList());
    assertEquals(Compilation.Status.SUCCESS, compilation.status());
  }
}
