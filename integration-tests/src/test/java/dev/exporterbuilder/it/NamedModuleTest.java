package dev.exporterbuilder.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.squareup.javapoet.JavaFile;
import dev.exporterbuilder.annotations.Exporter;
import dev.exporterbuilder.runtime.ExporterRuntime;
import dev.exporterbuilder.testsupport.ExporterProcess;
import dev.exporterbuilder.testsupport.Http;
import java.io.File;
import java.io.StringWriter;
import java.net.InetSocketAddress;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An exporter that is a named module of its own, as a user writes one: compiled by javac with the
 * runtime on the module path and the processor on the processor path, then run with {@code java -m}
 * and scraped. The module requires the runtime, and client_java's core only where the user's own
 * code names its metric classes.
 */
class NamedModuleTest {

  /** By name: the processor's class names annotations (AutoService) that are not on this class path. */
  private static final String PROCESSOR = "dev.exporterbuilder.processor.ExporterProcessor";

  private static final String GENERATED = "@Generated(\"dev.exporterbuilder.processor.ExporterProcessor\")";

  /** The exporter with its collectors ({@code Tank.class, ...}) and a flag. */
  private static final String EXPORTER = """
      package com.example.pump;

      import dev.exporterbuilder.annotations.Exporter;
      import dev.exporterbuilder.annotations.Flag;

      /** A pump station. */
      @Exporter(name = "pump-module", help = "A pump station, from a named module.", port = 19399, collectors = {%s})
      public class PumpExporter {
        @Flag(help = "Tank capacity.")
        static int capacity = 40;
      }
      """;

  /** A collector of methods: its generated code uses the runtime and client_java's model only. */
  private static final String TANK = """
      package com.example.pump;

      import dev.exporterbuilder.annotations.Collector;
      import dev.exporterbuilder.annotations.Counter;
      import dev.exporterbuilder.annotations.Gauge;

      /** The tank of the pump station. */
      @Collector(subsystem = "tank")
      public class Tank {
        @Gauge(help = "Water in the tank.", unit = "liters")
        double level() {
          return PumpExporter.capacity / 2.0;
        }

        @Counter(help = "Refills of the tank.")
        long refills() {
          return 3;
        }
      }
      """;

  /** A collector of a client_java metric the user's code updates, from io.prometheus.metrics.core. */
  private static final String PIPE = """
      package com.example.pump;

      import dev.exporterbuilder.annotations.Collector;
      import dev.exporterbuilder.annotations.Counter;

      /** The pipe of the pump station. */
      @Collector(subsystem = "pipe")
      public class Pipe {
        @Counter(help = "Flushes of the pipe.")
        static io.prometheus.metrics.core.metrics.Counter flushes;
      }
      """;

  @Test
  void anExporterModuleThatRequiresTheRuntimeCompilesRunsAndServes(@TempDir Path dir) throws Exception {
    Map<String, Double> samples = compileRunAndScrape(dir, """
        module com.example.pump {
          requires dev.exporterbuilder.runtime;
        }
        """, Map.of("PumpExporter", EXPORTER.formatted("Tank.class"), "Tank", TANK));
    assertEquals(25.0, samples.get("pump_module_tank_level_liters"), samples::toString);
    assertEquals(3.0, samples.get("pump_module_tank_refills_total"), samples::toString);
    assertEquals(1.0, samples.get("pump_module_scrape_collector_success{collector=\"tank\"}"), samples::toString);
  }

  @Test
  void directInstrumentationInAModuleAlsoRequiresClientJavaCore(@TempDir Path dir) throws Exception {
    Map<String, Double> samples = compileRunAndScrape(dir, """
        // client_java 1.x jars name their modules in the manifest only: automatic modules
        @SuppressWarnings("requires-automatic")
        module com.example.pump {
          requires dev.exporterbuilder.runtime;
          requires io.prometheus.metrics.core;
        }
        """, Map.of("PumpExporter", EXPORTER.formatted("Tank.class, Pipe.class"), "Tank", TANK, "Pipe", PIPE));
    assertEquals(25.0, samples.get("pump_module_tank_level_liters"), samples::toString);
    assertEquals(0.0, samples.get("pump_module_pipe_flushes_total"), samples::toString);
    assertEquals(1.0, samples.get("pump_module_scrape_collector_success{collector=\"pipe\"}"), samples::toString);
  }

  @Test
  void aModuleThatReadsJavaCompilerKeepsGenerated(@TempDir Path dir) throws Exception {
    compile(dir, """
        module com.example.pump {
          requires dev.exporterbuilder.runtime;
          requires java.compiler;
        }
        """, Map.of("PumpExporter", EXPORTER.formatted("Tank.class"), "Tank", TANK));
    assertTrue(Files.readString(dir.resolve("generated/com/example/pump/TankCollector.java")).contains(GENERATED));
  }

  /**
   * {@link #compile}s the module, which must not read {@code java.compiler}, runs the generated Main
   * with {@code java -m} and returns what it serves with {@code --capacity=50}.
   */
  private static Map<String, Double> compileRunAndScrape(Path dir, String moduleInfo, Map<String, String> classes)
      throws Exception {
    Path output = compile(dir, moduleInfo, classes);
    assertFalse(Files.readString(dir.resolve("generated/com/example/pump/TankCollector.java")).contains(GENERATED),
        "@Generated in a module that does not read java.compiler");
    List<Path> modulePath = new ArrayList<>(List.of(output));
    modulePath.addAll(runtimeModulePath());
    try (ExporterProcess exporter = ExporterProcess.startModule(modulePath, List.of(), List.of(),
        "com.example.pump/com.example.pump.PumpExporterMain", "--web.listen-address=127.0.0.1:0", "--capacity=50")) {
      InetSocketAddress address = exporter.awaitListening();
      Map<String, Double> samples = Http.samples(Http.scrape(address));
      assertFalse(exporter.stderr().stream().anyMatch(line -> line.contains("level=error")), exporter::describe);
      return samples;
    }
  }

  /**
   * Compiles {@code moduleInfo} and the classes of package {@code com.example.pump} (simple name to
   * source) with the processor and {@code -Werror} (as docs/checks.md advises, without the processing
   * lint, which names a visible {@code @Generated} as unclaimed) into {@code dir/classes}, the
   * generated sources into {@code dir/generated}; fails with javac's output unless it compiles
   * without a word.
   */
  private static Path compile(Path dir, String moduleInfo, Map<String, String> classes) throws Exception {
    Path sources = dir.resolve("src");
    Files.createDirectories(sources.resolve("com/example/pump"));
    Files.writeString(sources.resolve("module-info.java"), moduleInfo);
    for (Map.Entry<String, String> source : classes.entrySet()) {
      Files.writeString(sources.resolve("com/example/pump/" + source.getKey() + ".java"), source.getValue());
    }
    Path output = dir.resolve("classes");
    List<String> options = List.of("-Xlint:all,-processing", "-Werror", "-d", output.toString(), "-s", dir.resolve("generated").toString(),
        "--module-path", join(runtimeModulePath()), "-processorpath", join(processorPath()));

    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    StringWriter diagnostics = new StringWriter();
    try (StandardJavaFileManager files = javac.getStandardFileManager(null, null, null);
        Stream<Path> walk = Files.walk(sources)) {
      List<Path> javaFiles = walk.filter(path -> path.toString().endsWith(".java")).toList();
      boolean compiled = javac.getTask(diagnostics, files, null, options, null, files.getJavaFileObjectsFromPaths(javaFiles)).call();
      assertTrue(compiled, "javac " + String.join(" ", options) + ":\n" + diagnostics);
    }
    assertEquals("", diagnostics.toString(), "javac output");
    assertTrue(Files.exists(output.resolve("com/example/pump/PumpExporterMain.class")), "no generated Main");
    return output;
  }

  /**
   * The runtime and the modules it reads: the runtime's own location and every jar of this class
   * path but JUnit's, the test helpers' and the processor's.
   */
  private static List<Path> runtimeModulePath() {
    Path runtime = location(ExporterRuntime.class);
    Path processor = processorLocation();
    return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
        .map(Path::of)
        .filter(path -> path.equals(runtime) || path.toString().endsWith(".jar") || Files.exists(path.resolve("module-info.class")))
        .filter(path -> !path.equals(processor) && !path.equals(location(JavaFile.class)))
        .filter(path -> !path.getFileName().toString().matches("(junit|opentest4j|apiguardian|exporter-builder-test-support).*"))
        .toList();
  }

  /** The processor, the annotations it reads and JavaPoet, as a build tool's processor path. */
  private static List<Path> processorPath() {
    return List.of(processorLocation(), location(Exporter.class),
        location(JavaFile.class));
  }

  private static Path processorLocation() {
    try {
      return location(Class.forName(PROCESSOR, false, NamedModuleTest.class.getClassLoader()));
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException("the processor is not on the test class path", e);
    }
  }

  private static Path location(Class<?> type) {
    try {
      return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String join(List<Path> paths) {
    return String.join(File.pathSeparator, paths.stream().map(Path::toString).toList());
  }
}
