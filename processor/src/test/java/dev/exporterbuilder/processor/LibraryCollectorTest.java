package dev.exporterbuilder.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import dev.exporterbuilder.runtime.ExporterRuntime;
import dev.exporterbuilder.runtime.RunningExporter;
import dev.exporterbuilder.runtime.generated.ExporterDefinition;
import dev.exporterbuilder.testsupport.Http;
import io.prometheus.metrics.core.metrics.Counter;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A collector compiled in one compilation (a library module) and served by an exporter compiled in
 * another: the library's generated collector takes the namespace, the exporter's Main hands it
 * over, and the exporter's compilation judges the names as they are served.
 */
class LibraryCollectorTest {

  /** Read from the source tree (tests run in the module directory) so that an update lands in git. */
  private static final Path GOLDEN = Path.of("src/test/resources/golden-library/lib/QueueCollector.java");

  private static final String QUEUE = """
      package lib;

      import dev.exporterbuilder.annotations.Collector;
      import dev.exporterbuilder.annotations.ConstLabel;
      import dev.exporterbuilder.annotations.Flag;
      import dev.exporterbuilder.annotations.Gauge;
      import dev.exporterbuilder.annotations.Init;
      import java.util.ArrayList;
      import java.util.List;
      import java.util.Map;

      @Collector
      public class Queue implements AutoCloseable {
        public static final List<String> EVENTS = new ArrayList<>();

        @Flag(help = "Queue capacity.")
        public int capacity = 10;

        private int opened = -1;

        @Init
        public void open() {
          opened = capacity;
          EVENTS.add("init Queue capacity=" + capacity);
        }

        /** Read once at start-up, after the flags and @Init: "orders-25" with --collector.queue.capacity=25. */
        @ConstLabel("queue")
        public String queueName() {
          return "orders-" + opened;
        }

        @Gauge(help = "Messages waiting.")
        int depth() {
          return 3;
        }

        @Gauge(help = "Capacity the queue was opened with.")
        int openedCapacity() {
          return opened;
        }

        @Gauge(name = "{key}_messages", help = "Messages in state {key}.")
        Map<String, Integer> states() {
          return Map.of("ready", 2, "unacked", 1);
        }

        @Override
        public void close() {
          EVENTS.add("close Queue");
        }
      }
      """;

  private static final String CLOCK = """
      package lib;

      import dev.exporterbuilder.annotations.Collector;
      import dev.exporterbuilder.annotations.Counter;
      import dev.exporterbuilder.annotations.Gauge;
      import dev.exporterbuilder.annotations.Untyped;

      @Collector(subsystem = "clock")
      public class Clock {
        @Counter(help = "Alarms rung.")
        public static io.prometheus.metrics.core.metrics.Counter alarms;

        @Untyped(help = "Drift, as an older exporter exposed it.", unit = "seconds")
        static double drift() {
          return 0.5;
        }

        @Gauge(help = "Ticks so far.")
        static long ticks() {
          return 7;
        }
      }
      """;

  private static final String SHOP = """
      package app;

      import dev.exporterbuilder.annotations.ConstLabel;
      import dev.exporterbuilder.annotations.Exporter;
      import lib.Clock;
      import lib.Queue;

      @Exporter(name = "shop", port = 9872, collectors = {Queue.class, Clock.class})
      public class Shop {
        @ConstLabel("site")
        static String site = "berlin";
      }
      """;

  @TempDir Path libraryClasses;

  @Test
  void libraryCollectorIsServedUnderTheExportersNamespace() throws Exception {
    Compilation library = Sources.compile(List.of(
        JavaFileObjects.forSourceString("lib.Queue", QUEUE), JavaFileObjects.forSourceString("lib.Clock", CLOCK)));
    assertEquals(Compilation.Status.SUCCESS, library.status(), () -> library.diagnostics().toString());
    String collector = generatedSource(library, "lib/QueueCollector.java");
    if (Boolean.getBoolean("golden.update")) {
      Files.writeString(GOLDEN, collector);
    }
    assertEquals(Files.readString(GOLDEN), collector, "lib/QueueCollector.java differs from its golden file");
    writeClasses(library, libraryClasses);

    Compilation app = compileAgainstLibrary(JavaFileObjects.forSourceString("app.Shop", SHOP));
    assertEquals(Compilation.Status.SUCCESS, app.status(), () -> app.diagnostics().toString());
    String main = generatedSource(app, "app/ShopMain.java");
    assertTrue(main.contains("new QueueCollector(queue, \"shop\")"), main);
    assertTrue(main.contains("new ClockCollector(\"shop\")"), main);

    try (URLClassLoader libraryLoader = new URLClassLoader(new URL[] {libraryClasses.toUri().toURL()},
        getClass().getClassLoader())) {
      ClassLoader loader = new CompiledClassLoader(app, libraryLoader);
      ExporterDefinition definition =
          (ExporterDefinition) loader.loadClass("app.ShopMain").getMethod("definition").invoke(null);
      @SuppressWarnings("unchecked")
      List<String> events = (List<String>) loader.loadClass("lib.Queue").getField("EVENTS").get(null);
      // the generated collector built the instrument, under the namespace, when the Main created it
      ((Counter) loader.loadClass("lib.Clock").getField("alarms").get(null)).inc();
      RunningExporter exporter = ExporterRuntime.start(definition, "--web.listen-address=127.0.0.1:0",
          "--log.level=error", "--web.disable-exporter-metrics", "--collector.queue.capacity=25");
      try {
        String body = Http.scrape(exporter.addresses().get(0));
        Map<String, Double> samples = Http.samples(body);
        // the exporter's constant label on every collector's samples, the library collector's on its own
        assertEquals(3.0, samples.get("shop_depth{queue=\"orders-25\",site=\"berlin\"}"), body);
        assertEquals(25.0, samples.get("shop_opened_capacity{queue=\"orders-25\",site=\"berlin\"}"), body);
        assertEquals(2.0, samples.get("shop_ready_messages{queue=\"orders-25\",site=\"berlin\"}"), body);
        assertEquals(7.0, samples.get("shop_clock_ticks{site=\"berlin\"}"), body);
        assertEquals(1.0, samples.get("shop_clock_alarms_total{site=\"berlin\"}"), body);
        assertEquals(0.5, samples.get("shop_clock_drift_seconds{site=\"berlin\"}"), body);
        // not on the self-metrics
        assertEquals(1.0, samples.get("shop_scrape_collector_success{collector=\"queue\"}"), body);
        assertTrue(body.contains("# TYPE shop_clock_drift_seconds untyped\n"), body);
        assertTrue(samples.keySet().stream().noneMatch(name -> name.startsWith("depth")), body);
      } finally {
        exporter.close();
      }
      assertEquals(List.of("init Queue capacity=25", "close Queue"), events);
    }
  }

  @Test
  void nameClashUnderTheExportersNamespaceIsAnErrorOnTheExporter() throws Exception {
    // alone, "exporter_build_info" is a fine name; under namespace "shop" it is a self-metric's
    Compilation library = Sources.compile(List.of(JavaFileObjects.forSourceString("lib.Build", """
        package lib;

        import dev.exporterbuilder.annotations.Collector;
        import dev.exporterbuilder.annotations.Info;

        @Collector
        public class Build {
          public record Version(String version) {}

          @Info(name = "exporter_build", help = "The build.")
          public Version version() {
            return new Version("1.0");
          }
        }
        """)));
    assertEquals(Compilation.Status.SUCCESS, library.status(), () -> library.diagnostics().toString());
    writeClasses(library, libraryClasses);

    Compilation app = compileAgainstLibrary(JavaFileObjects.forSourceString("app.Shop", """
        package app;

        import dev.exporterbuilder.annotations.Exporter;

        @Exporter(name = "shop", port = 9872,
            collectors = lib.Build.class)
        public class Shop {}
        """));
    assertEquals(List.of("ERROR 6: [EB049] metric \"shop_exporter_build_info\" is also exposed by the exporter"
        + " runtime's self-metrics; give one of them another name (in lib.Build.version, compiled apart from this"
        + " exporter)"), errors(app));
    assertEquals(Compilation.Status.FAILURE, app.status());
  }

  @Test
  void sampleNamesThatCollideWithALibraryCollectorsAreAnErrorOnTheExporter() throws Exception {
    Compilation library = Sources.compile(List.of(JavaFileObjects.forSourceString("lib.Commits", """
        package lib;

        import dev.exporterbuilder.annotations.Collector;
        import dev.exporterbuilder.annotations.Counter;

        @Collector
        public class Commits {
          @Counter(help = "Transactions committed.")
          public long xactCommit;
        }
        """)));
    assertEquals(Compilation.Status.SUCCESS, library.status(), () -> library.diagnostics().toString());
    writeClasses(library, libraryClasses);

    Compilation app = compileAgainstLibrary(JavaFileObjects.forSourceString("app.Pg", """
        package app;

        import dev.exporterbuilder.annotations.Exporter;
        import dev.exporterbuilder.annotations.Untyped;

        @Exporter(name = "pg", port = 9872,
            collectors = lib.Commits.class)
        public class Pg {
          @SuppressWarnings("exporter-builder:reserved-suffix")
          @Untyped(help = "Transactions committed, as the old exporter named them.")
          long xactCommitTotal;
        }
        """));
    assertEquals(List.of(
        "ERROR 7: [EB217] the counter \"pg_xact_commit\" of Commits.xactCommit writes samples named"
            + " \"pg_xact_commit_total\", and so does the untyped \"pg_xact_commit_total\" of Pg.xactCommitTotal; the"
            + " exposition would mix the two families under one name, so give one of them another name (in"
            + " lib.Commits.xactCommit, compiled apart from this exporter)",
        "ERROR 11: [EB217] the untyped \"pg_xact_commit_total\" of Pg.xactCommitTotal writes samples named"
            + " \"pg_xact_commit_total\", and so does the counter \"pg_xact_commit\" of Commits.xactCommit; the"
            + " exposition would mix the two families under one name, so give one of them another name"),
        errors(app));
    assertEquals(Compilation.Status.FAILURE, app.status());
  }

  @Test
  void constLabelsOfALibraryCollectorAreCheckedAgainstTheExporters() throws Exception {
    Compilation library = Sources.compile(List.of(JavaFileObjects.forSourceString("lib.Disk", """
        package lib;

        import dev.exporterbuilder.annotations.Collector;
        import dev.exporterbuilder.annotations.ConstLabel;
        import dev.exporterbuilder.annotations.Gauge;

        @Collector
        public class Disk {
          @ConstLabel("site")
          public static String site = "lib";

          @ConstLabel("device")
          static String device = "sda";

          @Gauge(help = "Free space.", unit = "bytes")
          public static long free() {
            return 1;
          }
        }
        """)));
    assertEquals(Compilation.Status.SUCCESS, library.status(), () -> library.diagnostics().toString());
    writeClasses(library, libraryClasses);

    Compilation app = compileAgainstLibrary(JavaFileObjects.forSourceString("app.Shop", """
        package app;

        import dev.exporterbuilder.annotations.ConstLabel;
        import dev.exporterbuilder.annotations.Exporter;

        @Exporter(name = "shop", port = 9872,
            collectors = lib.Disk.class)
        public class Shop {
          @ConstLabel("site")
          static String site = "berlin";
        }
        """));
    assertEquals(List.of(
        "ERROR 7: [EB244] constant label \"site\" is also given by Shop.site, and both would label the samples of"
            + " collector disk; give it once (in lib.Disk.site, compiled apart from this exporter)",
        "ERROR 7: [EB247] @ConstLabel Disk.device cannot be read by the generated ShopMain in package app; make it"
            + " public, since Disk is in another package (in lib.Disk.device, compiled apart from this exporter)"),
        errors(app).stream().sorted().toList());
    assertEquals(Compilation.Status.FAILURE, app.status());
  }

  @Test
  void collectorCompiledWithoutTheProcessorIsAnErrorOnTheExporter() throws Exception {
    Compilation library = Compiler.javac().withOptions("--release", "17")
        .compile(JavaFileObjects.forSourceString("lib.Clock", CLOCK));
    assertEquals(Compilation.Status.SUCCESS, library.status(), () -> library.diagnostics().toString());
    writeClasses(library, libraryClasses);

    Compilation app = compileAgainstLibrary(JavaFileObjects.forSourceString("app.Shop", """
        package app;

        import dev.exporterbuilder.annotations.Exporter;

        @Exporter(name = "shop", port = 9872, collectors = lib.Clock.class)
        public class Shop {}
        """));
    assertEquals(List.of("ERROR 5: [EB140] collector lib.Clock was compiled apart from this exporter, but its"
        + " generated class lib.ClockCollector is not on the class path, so its names could not take the namespace"
        + " \"shop\"; compile it with this version of the exporter-builder processor on its annotation processor"
        + " path"), errors(app));
    assertEquals(Compilation.Status.FAILURE, app.status());
  }

  /** Compiles with the processor, the test's class path and the library's classes, as the app module's build does. */
  private Compilation compileAgainstLibrary(JavaFileObject source) {
    List<File> classPath = new ArrayList<>();
    classPath.add(libraryClasses.toFile());
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      classPath.add(new File(entry));
    }
    return Compiler.javac()
        .withProcessors(new ExporterProcessor())
        .withOptions(Sources.LINT, "-Werror", "--release", "17")
        .withClasspath(classPath)
        .compile(source);
  }

  private static List<String> errors(Compilation compilation) {
    return compilation.diagnostics().stream()
        .filter(diagnostic -> diagnostic.getKind() == Diagnostic.Kind.ERROR)
        .map(diagnostic -> "ERROR " + diagnostic.getLineNumber() + ": " + diagnostic.getMessage(Locale.ROOT))
        .toList();
  }

  private static String generatedSource(Compilation compilation, String path) throws IOException {
    for (JavaFileObject file : compilation.generatedSourceFiles()) {
      if (file.toUri().getPath().endsWith("SOURCE_OUTPUT/" + path)) {
        return file.getCharContent(true).toString();
      }
    }
    throw new AssertionError("no generated " + path);
  }

  /** The compilation's class files, laid out as a build's output directory. */
  private static void writeClasses(Compilation compilation, Path directory) throws IOException {
    try (Stream<JavaFileObject> classes = compilation.generatedFiles().stream()
        .filter(file -> file.getKind() == JavaFileObject.Kind.CLASS)) {
      for (JavaFileObject file : classes.toList()) {
        Path target = directory.resolve(file.getName().replaceFirst("^/CLASS_OUTPUT/", ""));
        Files.createDirectories(target.getParent());
        try (InputStream in = file.openInputStream()) {
          Files.write(target, in.readAllBytes());
        }
      }
    }
  }
}
