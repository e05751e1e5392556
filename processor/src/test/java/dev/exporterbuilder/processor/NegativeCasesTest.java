package dev.exporterbuilder.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import dev.exporterbuilder.processor.validation.Message;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each file under {@code src/test/resources/negative} is one mistake. A comment
 * {@code // error: [EBnnn] text} (or {@code // warning: ...}) at the end of a line says that exactly
 * this diagnostic is reported on exactly that line; the compilation must report those and nothing
 * else: no javac cascade, no diagnostic inside generated code.
 */
class NegativeCasesTest {

  /** One expectation; a line may carry several, each starting with its own {@code // error:}. */
  private static final Pattern EXPECTATION =
      Pattern.compile("//\\s*(error|warning):\\s*(.*?)\\s*(?=//\\s*(?:error|warning):|$)");

  static Stream<String> cases() {
    Path root = Sources.resourceDirectory("negative");
    return Sources.javaFiles(root).stream().map(file -> root.relativize(file).toString());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void reportsExactlyTheExpectedDiagnostics(String name) throws IOException {
    Path root = Sources.resourceDirectory("negative");
    Path file = root.resolve(name);
    Set<String> expected = expectations(Files.readAllLines(file));
    assertFalse(expected.isEmpty(), name + " declares no expected diagnostic");

    RecordingProcessor processor = new RecordingProcessor();
    Compilation compilation = Sources.compileAllowingWarnings(List.of(Sources.fileObject(root, file)), processor);

    assertEquals(String.join("\n", expected), String.join("\n", reported(compilation, name)));
    if (expected.stream().anyMatch(line -> line.startsWith("error"))) {
      assertEquals(Compilation.Status.FAILURE, compilation.status());
      // each case is one exporter or collector: with an error in it, nothing may be written
      assertEquals(List.of(), processor.created(), "sources written despite an error");
    }
  }

  /**
   * The errors and warnings of a compilation of the case file {@code name}, sorted, each as
   * {@code error:0012: text}; each must be in that file, not in generated code.
   */
  static List<String> reported(Compilation compilation, String name) {
    List<String> actual = new ArrayList<>(); // a list: the same diagnostic twice is a defect too
    for (Diagnostic<? extends JavaFileObject> diagnostic : compilation.diagnostics()) {
      if (diagnostic.getKind() == Diagnostic.Kind.NOTE) {
        continue;
      }
      String source = diagnostic.getSource() == null ? "?" : diagnostic.getSource().getName();
      assertTrue(source.endsWith(name.substring(name.lastIndexOf('/') + 1)),
          "diagnostic outside the input (generated code?): " + diagnostic);
      actual.add(format(kind(diagnostic.getKind()), diagnostic.getLineNumber(), diagnostic.getMessage(Locale.ROOT)));
    }
    Collections.sort(actual);
    return actual;
  }

  /** Every message in the catalog has a negative case, so every rule is tested with its text and line. */
  @Test
  void everyCatalogMessageHasACase() {
    Set<Message> untested = EnumSet.allOf(Message.class);
    untested.remove(Message.PROCESSOR_FAILURE); // no input should make the processor fail: GeneratedInputsTest
    untested.remove(Message.UNKNOWN_RULE); // needs a processor option: ProcessorOptionsTest
    untested.remove(Message.METRIC_NAME_NOTE); // needs a processor option: ProcessorOptionsTest
    untested.remove(Message.TYPE_NOT_FOUND); // javac reports the missing type too: OtherProcessorsTest
    untested.remove(Message.COLLECTOR_WITHOUT_NAMESPACE_CONSTRUCTOR); // needs a second compilation: LibraryCollectorTest
    untested.remove(Message.FLAG_SECRET_IN_SOURCE); // needs javac's trees, which the recording wrapper hides: TreesCasesTest
    untested.remove(Message.CONST_LABEL_NOT_ACCESSIBLE); // needs a second package: LibraryCollectorTest
    Path root = Sources.resourceDirectory("negative");
    for (Path file : Sources.javaFiles(root)) {
      try {
        String text = Files.readString(file);
        untested.removeIf(message -> text.contains("[" + message.id() + "]"));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    assertTrue(untested.isEmpty(), "messages without a negative case: " + untested);
  }

  /** The expectations of a case file, sorted, each as {@code error:0012: text}. */
  static Set<String> expectations(List<String> lines) {
    Set<String> expected = new TreeSet<>();
    for (int i = 0; i < lines.size(); i++) {
      Matcher matcher = EXPECTATION.matcher(lines.get(i));
      while (matcher.find()) {
        expected.add(format(matcher.group(1), i + 1, matcher.group(2).trim()));
      }
    }
    return expected;
  }

  private static String kind(Diagnostic.Kind kind) {
    return kind == Diagnostic.Kind.ERROR ? "error" : "warning";
  }

  private static String format(String kind, long line, String message) {
    return String.format(Locale.ROOT, "%s:%04d: %s", kind, line, message);
  }
}
