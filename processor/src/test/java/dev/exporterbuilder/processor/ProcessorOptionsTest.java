package dev.exporterbuilder.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.tools.Diagnostic;
import org.junit.jupiter.api.Test;

/** Switching checks off per element and per build, and the verbose notes. */
class ProcessorOptionsTest {

  private static Compilation compile(String file, String... options) {
    Path root = Sources.resourceDirectory("options");
    List<String> all = new ArrayList<>(List.of(Sources.LINT + ",-auxiliaryclass", "--release", "17"));
    all.addAll(List.of(options));
    return Compiler.javac()
        .withProcessors(new ExporterProcessor())
        .withOptions(all)
        .compile(Sources.fileObject(root, root.resolve("cases/" + file)));
  }

  private static List<String> messages(Compilation compilation, Diagnostic.Kind kind) {
    return compilation.diagnostics().stream()
        .filter(d -> d.getKind() == kind)
        .map(d -> d.getLineNumber() + ": " + d.getMessage(Locale.ROOT))
        .toList();
  }

  @Test
  void suppressWarningsOnTheElementOrItsClassSwitchesACheckOff() {
    Compilation compilation = compile("Suppressed.java");
    assertEquals(Compilation.Status.SUCCESS, compilation.status(), compilation.diagnostics()::toString);
    assertEquals(List.of(), messages(compilation, Diagnostic.Kind.WARNING));
    assertTrue(compilation.generatedSourceFile("cases.SuppressedCollector").isPresent());
  }

  @Test
  void checksThatProtectTheGeneratedCodeCannotBeSwitchedOff() {
    Compilation compilation = compile("NotSwitchable.java", "-Aexporterbuilder.disable=member-private");
    assertEquals(Compilation.Status.FAILURE, compilation.status());
    assertEquals(List.of("11: [EB060] depth is private; the generated collector reads it, so make it package-private"
        + " or wider"), messages(compilation, Diagnostic.Kind.ERROR));
    assertEquals(1, messages(compilation, Diagnostic.Kind.WARNING).size(), "the option names an unknown rule");
  }

  @Test
  void anOptionSwitchesChecksOffForTheWholeBuild() {
    Compilation without = compile("GloballyDisabled.java");
    assertEquals(2, messages(without, Diagnostic.Kind.ERROR).size(), without.diagnostics()::toString);

    Compilation with = compile("GloballyDisabled.java", "-Aexporterbuilder.disable=camel-case, type-in-name");
    assertEquals(Compilation.Status.SUCCESS, with.status(), with.diagnostics()::toString);
    assertEquals(List.of(), messages(with, Diagnostic.Kind.WARNING));
  }

  /** The option switches the rule off for families named from data too: their collector keeps such names at run time. */
  @Test
  void anOptionKeepsLegacySuffixesOfFamiliesNamedFromData() throws IOException {
    Compilation without = compile("KeyedLegacySuffix.java");
    assertEquals(List.of("10: [EB215] metric name \"key_count\" ends with \"_count\" (exposed as \"key_count\"), a suffix"
        + " that Prometheus reserves for the series of histograms and summaries, though this metric is a gauge; write"
        + " name = \"key\", unless the name is a legacy one that dashboards query; or keep it with"
        + " @SuppressWarnings(\"exporter-builder:reserved-suffix\")"), messages(without, Diagnostic.Kind.ERROR));

    Compilation with = compile("KeyedLegacySuffix.java", "-Aexporterbuilder.disable=reserved-suffix");
    assertEquals(Compilation.Status.SUCCESS, with.status(), with.diagnostics()::toString);
    String generated = with.generatedSourceFile("cases.KeyedLegacySuffixCollector").orElseThrow()
        .getCharContent(true).toString();
    assertTrue(generated.contains("KeyCase.SNAKE_CASE).keepingForeignSuffixes();"), generated);
  }

  @Test
  void anUnknownRuleIsAWarningListingTheKnownOnes() {
    Compilation compilation = compile("GloballyDisabled.java", "-Aexporterbuilder.disable=camel-case,type-in-name,typo");
    assertEquals(Compilation.Status.SUCCESS, compilation.status(), compilation.diagnostics()::toString);
    List<String> warnings = messages(compilation, Diagnostic.Kind.WARNING);
    assertEquals(1, warnings.size(), warnings::toString);
    assertTrue(warnings.get(0).contains("[EB095] -Aexporterbuilder.disable names \"typo\", which is not a rule that"
        + " can be switched off; known rules: camel-case, colon, empty-collector, "), warnings.get(0));
  }

  @Test
  void verboseNotesNameEveryExposedMetricOnItsMember() {
    Compilation compilation = compile("Verbose.java", "-Aexporterbuilder.verbose=true");
    assertEquals(Compilation.Status.SUCCESS, compilation.status(), compilation.diagnostics()::toString);
    assertEquals(List.of(
            "15: [EB096] @Gauge on getDepth() exposes pump_queue_depth",
            "20: [EB096] @Counter on consumeTime exposes pump_queue_consume_time_seconds_total"),
        messages(compilation, Diagnostic.Kind.NOTE));
    assertEquals(List.of(), messages(compile("Verbose.java"), Diagnostic.Kind.NOTE), "no notes unless asked");
  }
}
