package dev.exporterbuilder.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import dev.exporterbuilder.processor.validation.Message;
import dev.exporterbuilder.testsupport.PrometheusTools;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * promlint's own test table (client_golang, {@code prometheus/testutil/promlint/promlint_test.go}):
 * each case the annotations can express is one source under {@code src/test/resources/promlint},
 * whose header names the case and what promlint says about it:
 *
 * <pre>
 * // promlint: TestLintMetricUnits "milliamperes"
 * // promlint says: x_milliamperes use base unit "amperes" instead of "milliamperes"
 * // verdict: agrees
 * </pre>
 *
 * <p>{@code // javac option:} adds a compiler option. Expected diagnostics are written as in the negative cases ({@code // error: [EBnnn] ...} on the
 * line). Where promlint finds a problem, the processor must reject the source and write nothing;
 * where promlint finds none, it must compile, and its exporter's served {@code /metrics} must pass
 * {@code promtool check metrics}. A case that is rejected although promlint finds nothing has the
 * verdict {@code stricter}: its checks must be switchable, and with them switched off it must compile
 * and pass promtool. A rejected case whose checks are all switchable is also compiled with them off,
 * and promtool must then report exactly promlint's problems ({@code // promtool says:} where the
 * exposed name differs from promlint's input), so the check and promtool judge the same names.
 */
class PromlintParityTest {

  private static final Pattern HEADER =
      Pattern.compile("// (promlint|promlint says|promtool says|verdict|javac option): (.*)");
  private static final Pattern ID = Pattern.compile("\\[(EB\\d{3})]");
  private static final Pattern README_ROW = Pattern.compile("\\| `(Test\\w+)` \\| (\".*\") \\| (\\w[\\w ]*) \\| (.*) \\|");
  private static final Map<String, Message> BY_ID =
      Arrays.stream(Message.values()).collect(Collectors.toMap(Message::id, Function.identity()));

  /** One case file's header. */
  private record Case(
      String promlintCase, List<String> promlintSays, List<String> promtoolSays, String verdict, List<String> javac) {

    static Case parse(List<String> lines) {
      String promlintCase = null;
      String verdict = null;
      List<String> promlint = new ArrayList<>();
      List<String> promtool = new ArrayList<>();
      List<String> javac = new ArrayList<>(List.of(Sources.LINT + ",-auxiliaryclass", "--release", "17"));
      for (String line : lines) {
        Matcher header = HEADER.matcher(line.trim());
        if (!header.matches()) {
          continue;
        }
        switch (header.group(1)) {
          case "promlint" -> promlintCase = header.group(2);
          case "promlint says" -> promlint.add(header.group(2));
          case "promtool says" -> promtool.add(header.group(2));
          case "javac option" -> javac.add(header.group(2));
          default -> verdict = header.group(2);
        }
      }
      assertTrue(promlintCase != null && verdict != null, "header without promlint case or verdict");
      assertTrue(verdict.equals("agrees") || verdict.equals("stricter"), "verdict " + verdict);
      return new Case(promlintCase, promlint, promtool.isEmpty() ? promlint : promtool, verdict, javac);
    }
  }

  static Stream<String> cases() {
    Path root = Sources.resourceDirectory("promlint");
    return Sources.javaFiles(root).stream().map(file -> root.relativize(file).toString());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void judgesAsPromlintDoes(String name) throws Exception {
    Path root = Sources.resourceDirectory("promlint");
    Path file = root.resolve(name);
    List<String> lines = Files.readAllLines(file);
    Case header = Case.parse(lines);
    Set<String> expected = NegativeCasesTest.expectations(lines);

    RecordingProcessor processor = new RecordingProcessor();
    Compilation compilation = Compiler.javac().withProcessors(processor).withOptions(header.javac())
        .compile(Sources.fileObject(root, file));
    assertEquals(String.join("\n", expected), String.join("\n", NegativeCasesTest.reported(compilation, name)));

    if (header.promlintSays().isEmpty() && header.verdict().equals("agrees")) {
      assertEquals(Compilation.Status.SUCCESS, compilation.status(), compilation.diagnostics()::toString);
      assertEquals(List.of(), PrometheusTools.checkMetrics(ServedExporter.scrape(compilation)), "promtool on the served metrics");
      return;
    }
    assertEquals(header.verdict().equals("stricter"), header.promlintSays().isEmpty(),
        "a stricter case is one promlint finds nothing in");
    assertEquals(Compilation.Status.FAILURE, compilation.status(), "promlint finds a problem; the source must not compile");
    assertEquals(List.of(), processor.created(), "sources written despite an error");

    Optional<Set<String>> switches = switches(expected);
    if (switches.isEmpty()) {
      // a check that protects the generated code or the exposition has no switch: nothing to serve
      assertEquals("agrees", header.verdict(), "a check stricter than promlint must be switchable");
      return;
    }
    List<String> options = new ArrayList<>(header.javac());
    options.add("-Aexporterbuilder.disable=" + String.join(",", switches.get()));
    Compilation switchedOff = Compiler.javac().withProcessors(new ExporterProcessor()).withOptions(options)
        .compile(Sources.fileObject(root, file));
    assertEquals(Compilation.Status.SUCCESS, switchedOff.status(), switchedOff.diagnostics()::toString);
    assertEquals(List.of(), NegativeCasesTest.reported(switchedOff, name));
    assertEquals(header.promtoolSays().stream().sorted().toList(),
        PrometheusTools.checkMetrics(ServedExporter.scrape(switchedOff)).stream().sorted().toList(),
        "promtool on the metrics served with " + switches.get() + " switched off");
  }

  /** The switches of every expected diagnostic; empty if one of them has none (or is javac's own). */
  private static Optional<Set<String>> switches(Set<String> expected) {
    Set<String> switches = new TreeSet<>();
    for (String expectation : expected) {
      Matcher id = ID.matcher(expectation);
      Optional<String> rule = id.find() ? BY_ID.get(id.group(1)).rule() : Optional.empty();
      if (rule.isEmpty()) {
        return Optional.empty();
      }
      switches.add(rule.get());
    }
    return Optional.of(switches);
  }

  /**
   * The README next to the cases lists every case of promlint's table: each case file with its
   * verdict, and each case that cannot be expressed with the reason; its summary states the counts.
   */
  @Test
  void readmeListsEveryCaseWithItsVerdict() throws IOException {
    Path root = Sources.resourceDirectory("promlint");
    Set<String> files = new TreeSet<>();
    for (Path file : Sources.javaFiles(root)) {
      Case header = Case.parse(Files.readAllLines(file));
      files.add(header.promlintCase() + " | " + header.verdict() + " | `" + root.relativize(file) + "`");
    }
    Set<String> listed = new TreeSet<>();
    int notExpressible = 0;
    for (String line : Files.readAllLines(root.resolve("README.md"))) {
      Matcher row = README_ROW.matcher(line);
      if (!row.matches()) {
        continue;
      }
      if (row.group(3).equals("not expressible")) {
        notExpressible++;
        assertFalse(row.group(4).isBlank(), "a case that cannot be expressed needs a reason: " + line);
      } else {
        assertTrue(listed.add(row.group(1) + " " + row.group(2) + " | " + row.group(3) + " | " + row.group(4)), line);
      }
    }
    assertEquals(String.join("\n", files), String.join("\n", listed));
    long agree = files.stream().filter(f -> f.contains("| agrees |")).count();
    String result = String.format(Locale.ROOT,
        "**Result: %d cases; %d expressible, of which %d agree and %d are stricter; %d not expressible.**",
        files.size() + notExpressible, files.size(), agree, files.size() - agree, notExpressible);
    System.out.println("promlint parity: " + result);
    assertTrue(Files.readString(root.resolve("README.md")).contains(result), "the README's summary should read " + result);
  }
}
