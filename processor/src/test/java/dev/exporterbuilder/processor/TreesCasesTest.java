package dev.exporterbuilder.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The cases under {@code src/test/resources/trees}, written as {@link NegativeCasesTest}'s, for
 * checks that read the source through javac's trees: they run the processor itself, since
 * javac's trees are only given to a processor that javac's own environment is passed to, and
 * {@link RecordingProcessor} wraps it.
 */
class TreesCasesTest {

  static Stream<String> cases() {
    Path root = Sources.resourceDirectory("trees");
    return Sources.javaFiles(root).stream().map(file -> root.relativize(file).toString());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void reportsExactlyTheExpectedDiagnostics(String name) throws IOException {
    Path root = Sources.resourceDirectory("trees");
    Path file = root.resolve(name);
    Set<String> expected = NegativeCasesTest.expectations(Files.readAllLines(file));
    assertFalse(expected.isEmpty(), name + " declares no expected diagnostic");
    Compilation compilation = Sources.compileAllowingWarnings(List.of(Sources.fileObject(root, file)),
        new ExporterProcessor());
    assertEquals(String.join("\n", expected), String.join("\n", NegativeCasesTest.reported(compilation, name)));
  }
}
