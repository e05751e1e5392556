package dev.exporterbuilder.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import javax.annotation.processing.Processor;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * The processor beside other annotation processors in one build: classes that use types another
 * processor generates are judged once those types exist, unresolved types are reported only when
 * processing ends, and the {@code @Generated} of its output is left to the processors after it.
 */
class OtherProcessorsTest {

  /** A record with a label component, of the kind a record generator writes. */
  private static final String READING = """
      package plant;

      import dev.exporterbuilder.annotations.Label;

      public record Reading(@Label String zone, double celsius) {}
      """;

  /** A class with a {@code @Label} getter, of the kind a builder generator writes. */
  private static final String METER = """
      package plant;

      import dev.exporterbuilder.annotations.Label;

      public final class Meter {
        private final String name;
        private final double value;

        public Meter(String name, double value) {
          this.name = name;
          this.value = value;
        }

        @Label("valve")
        public String getName() {
          return name;
        }

        public double getValue() {
          return value;
        }
      }
      """;

  /** A {@code @Collector} class. */
  private static final String PUMPS = """
      package plant;

      import dev.exporterbuilder.annotations.Collector;
      import dev.exporterbuilder.annotations.Gauge;

      @Collector
      public class Pumps {
        @Gauge(help = "Pumps running.")
        int running() {
          return 2;
        }
      }
      """;

  /** A superclass. */
  private static final String DEVICE = """
      package plant;

      public class Device {
        protected String address() {
          return "10.0.0.7";
        }
      }
      """;

  /** An enum, for a flag. */
  private static final String SCALE = """
      package plant;

      public enum Scale { CELSIUS, KELVIN }
      """;

  /** Extends {@link #DEVICE}; members whose types are {@link #READING} and {@link #METER}; a flag of {@link #SCALE}. */
  private static final String THERMAL = """
      package plant;

      import dev.exporterbuilder.annotations.Collector;
      import dev.exporterbuilder.annotations.Flag;
      import dev.exporterbuilder.annotations.Gauge;
      import java.util.List;

      @Collector
      public class Thermal extends Device {
        @Flag(help = "Scale of the readings.")
        Scale scale = Scale.CELSIUS;

        @Gauge(help = "Temperature of each zone.", unit = "celsius")
        List<Reading> readings() {
          return List.of(new Reading("inlet", 21.5));
        }

        @Gauge(help = "Opening of each valve.", unit = "ratio")
        Meter[] valves() {
          return new Meter[] {new Meter("v1", 0.5)};
        }
      }
      """;

  /** Lists {@link #THERMAL} and {@link #PUMPS}. */
  private static final String EXPORTER = """
      package plant;

      import dev.exporterbuilder.annotations.Exporter;

      @Exporter(name = "plant", port = 19990, collectors = {Thermal.class, Pumps.class})
      public class PlantExporter {}
      """;

  private static JavaFileObject source(String text) {
    String name = text.replaceFirst("(?s).*?public (?:final )?(?:class|record|enum) (\\w+).*", "$1");
    return JavaFileObjects.forSourceString("plant." + name, text);
  }

  /** A class that asks {@link SourceGeneratingProcessor} to write {@code text}. */
  private static JavaFileObject generated(String text) {
    String name = text.replaceFirst("(?s).*?public (?:final )?(?:class|record|enum) (\\w+).*", "$1");
    String literal = "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    return JavaFileObjects.forSourceString("plant." + name + "Request", "package plant;\n\n"
        + "@dev.exporterbuilder.processor.GenerateSource(name = \"plant." + name + "\", source = " + literal + ")\n"
        + "class " + name + "Request {}\n");
  }

  /** As {@link Sources#compile}: warnings are errors; javac's processing lint is the subject of one test below. */
  private static final List<String> OPTIONS = List.of("-Xlint:all,-processing", "-Werror", "--release", "17");

  @Test
  void typesAnotherProcessorGeneratesAreWaitedForAndGiveTheCodeHandWrittenOnesGive() {
    Map<String, String> handWritten = compileClean(List.of(new ExporterProcessor()), source(READING), source(METER),
        source(DEVICE), source(SCALE), source(PUMPS), source(THERMAL), source(EXPORTER));
    assertEquals(List.of("plant/PlantExporterMain.java", "plant/PumpsCollector.java", "plant/ThermalCollector.java"),
        List.copyOf(handWritten.keySet()));
    assertTrue(handWritten.get("plant/PlantExporterMain.java").contains("\"collector.thermal.scale\""),
        handWritten.get("plant/PlantExporterMain.java"));
    String thermal = handWritten.get("plant/ThermalCollector.java").replaceAll("\\s+", " ");
    assertTrue(thermal.contains("\"plant_readings_celsius\"") && thermal.contains("\"plant_valves_ratio\""), thermal);
    assertTrue(thermal.contains("new LabelSets(\"zone\")")
        && thermal.contains("labels.of(Samples.labelValue(element.zone()))"), thermal);
    assertTrue(thermal.contains("new LabelSets(\"valve\")")
        && thermal.contains("labels.of(Samples.labelValue(element.getName()))"), thermal);

    // the record, the class with a getter, the superclass, the flag's enum and the listed collector
    // come from another processor: in the first round they do not exist yet, whichever of the two
    // processors javac calls first
    for (boolean oursFirst : new boolean[] {true, false}) {
      List<Processor> processors = oursFirst
          ? List.of(new ExporterProcessor(), new SourceGeneratingProcessor())
          : List.of(new SourceGeneratingProcessor(), new ExporterProcessor());
      Map<String, String> sources = compileClean(processors, generated(READING), generated(METER), generated(DEVICE),
          generated(SCALE), generated(PUMPS), source(THERMAL), source(EXPORTER));
      sources.keySet().removeAll(List.of("plant/Reading.java", "plant/Meter.java", "plant/Device.java",
          "plant/Scale.java", "plant/Pumps.java"));
      assertEquals(handWritten, sources, oursFirst ? "ours first" : "ours second");
    }
  }

  @Test
  void aTypeThatNeverAppearsIsReportedOnceOnItsElementWhenProcessingEnds() {
    String broken = """
        package plant;

        import dev.exporterbuilder.annotations.Collector;
        import dev.exporterbuilder.annotations.Gauge;
        import java.util.List;

        @Collector
        public class Broken {
          @Gauge(help = "Readings of a type that nothing declares.")
          List<MissingReading> readings() {
            return List.of();
          }
        }
        """;
    String exporter = """
        package plant;

        import dev.exporterbuilder.annotations.Exporter;

        @Exporter(name = "plant", port = 19990, collectors = {Broken.class, Absent.class, Pumps.class})
        public class PlantExporter {}
        """;
    // the other processor's output makes a second round, in which both classes still wait; what we
    // write carries @Generated, so the recorder would be given it
    GeneratedRecorder written = new GeneratedRecorder(false);
    Compilation compilation = compile(List.of(new ExporterProcessor(), new SourceGeneratingProcessor(), written), OPTIONS,
        source(broken), source(exporter), generated(PUMPS));
    assertEquals(Compilation.Status.FAILURE, compilation.status());
    List<String> ourDiagnostics = new ArrayList<>(diagnostics(compilation).stream().filter(d -> d.contains("[EB")).toList());
    ourDiagnostics.sort(null);
    String notFound = ", which no source file declares and no annotation processor generated; declare or import it, or"
        + " make the processor that should generate it run in this build";
    assertEquals(List.of(
            "ERROR 10: [EB110] readings() uses MissingReading" + notFound,
            "ERROR 5: [EB110] @Exporter(collectors) uses Absent" + notFound),
        ourDiagnostics);
    assertTrue(diagnostics(compilation).stream().anyMatch(d -> d.contains("cannot find symbol")), "javac's own errors");
    assertEquals(List.of(), written.seen(), "nothing for the classes that wait, nor for Pumps, which one of them serves");
  }

  @Test
  void processorsAfterOursAreGivenTheGeneratedAnnotationOfItsOutput() {
    GeneratedRecorder recorder = new GeneratedRecorder(false);
    compileClean(List.of(new ExporterProcessor(), recorder), source(READING), source(METER), source(DEVICE),
        source(SCALE), source(PUMPS), source(THERMAL), source(EXPORTER));
    assertEquals(List.of("plant.PlantExporterMain", "plant.PumpsCollector", "plant.ThermalCollector"),
        recorder.seen().stream().sorted().toList());
  }

  /**
   * What claiming only our own annotations costs, measured on javac 17 and 25: javac's processing
   * lint names every annotation that no processor claimed, so with ours alone it names
   * {@code @Generated}, and nothing else. A processor that claims it, or {@code -Xlint:-processing},
   * makes a {@code -Xlint:all -Werror} build pass.
   */
  @Test
  void underProcessingLintOnlyTheUnclaimedGeneratedAnnotationIsReported() {
    JavaFileObject[] inputs = {source(READING), source(METER), source(DEVICE), source(SCALE), source(PUMPS),
        source(THERMAL), source(EXPORTER)};
    List<String> warnings = diagnostics(compile(List.of(new ExporterProcessor()), List.of("-Xlint:all", "--release", "17"),
        inputs));
    assertEquals(1, warnings.size(), warnings::toString);
    assertTrue(warnings.get(0).matches("WARNING -1: (\\[processing\\] )?No processor claimed any of these annotations:"
        + " java.compiler/javax.annotation.processing.Generated"), warnings.get(0));

    Compilation claimed = compile(List.of(new ExporterProcessor(), new GeneratedRecorder(true)),
        List.of("-Xlint:all", "-Werror", "--release", "17"), inputs);
    assertEquals(List.of(), diagnostics(claimed));
    assertEquals(Compilation.Status.SUCCESS, claimed.status());
    compileClean(List.of(new ExporterProcessor()), inputs);
  }

  /** Compiles with {@link #OPTIONS}, asserts there is no diagnostic, and returns the generated sources by path. */
  private static Map<String, String> compileClean(List<Processor> processors, JavaFileObject... files) {
    Compilation compilation = compile(processors, OPTIONS, files);
    assertEquals(List.of(), diagnostics(compilation));
    assertEquals(Compilation.Status.SUCCESS, compilation.status());
    return generatedSources(compilation);
  }

  private static Compilation compile(List<Processor> processors, List<String> options, JavaFileObject... files) {
    return Compiler.javac().withProcessors(processors).withOptions(options).compile(files);
  }

  private static Map<String, String> generatedSources(Compilation compilation) {
    Map<String, String> sources = new TreeMap<>();
    for (JavaFileObject file : compilation.generatedSourceFiles()) {
      try {
        String path = file.toUri().getPath();
        sources.put(path.substring(path.indexOf("SOURCE_OUTPUT/") + "SOURCE_OUTPUT/".length()),
            file.getCharContent(true).toString());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return sources;
  }

  private static List<String> diagnostics(Compilation compilation) {
    return compilation.diagnostics().stream()
        .filter(d -> d.getKind() != Diagnostic.Kind.NOTE)
        .map(d -> d.getKind() + " " + d.getLineNumber() + ": " + d.getMessage(Locale.ROOT))
        .toList();
  }
}
