package dev.exporterbuilder.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.exporterbuilder.runtime.ExporterRuntime;
import dev.exporterbuilder.runtime.RunningExporter;
import dev.exporterbuilder.runtime.generated.ExporterDefinition;
import dev.exporterbuilder.testsupport.Http;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The exporter class's own metric members are a collector named after the exporter's name (not its
 * namespace), switched with {@code --[no-]collector.<name>} and run with {@code @Exporter(cache,
 * timeout)}: compiled with the processor, started in this JVM and scraped over HTTP.
 */
class ExporterOwnCollectorTest {

  private static final String TANK = """
      package app;

      import dev.exporterbuilder.annotations.Collector;
      import dev.exporterbuilder.annotations.Gauge;

      @Collector
      public class Tank {
        @Gauge(help = "Water level.")
        double level = 2;
      }
      """;

  private static ClassLoader compile(String exporter) {
    Compilation compilation = Sources.compile(List.of(JavaFileObjects.forSourceString("app.PgExporter", exporter),
        JavaFileObjects.forSourceString("app.Tank", TANK)));
    assertEquals(Compilation.Status.SUCCESS, compilation.status(), () -> compilation.diagnostics().toString());
    return new CompiledClassLoader(compilation);
  }

  private static RunningExporter start(ClassLoader loader, String... more) throws Exception {
    ExporterDefinition definition =
        (ExporterDefinition) loader.loadClass("app.PgExporterMain").getMethod("definition").invoke(null);
    List<String> args = new ArrayList<>(List.of("--web.listen-address=127.0.0.1:0", "--log.level=error",
        "--web.disable-exporter-metrics"));
    args.addAll(List.of(more));
    return ExporterRuntime.start(definition, args.toArray(String[]::new));
  }

  @Test
  void aMemberThatBlocksIsCutAtTheExportersTimeoutAndTheOtherCollectorsAreServed() throws Exception {
    ClassLoader loader = compile("""
        package app;

        import dev.exporterbuilder.annotations.Exporter;
        import dev.exporterbuilder.annotations.Gauge;

        @Exporter(name = "pg-port", namespace = "pg", port = 9871, collectors = Tank.class, timeout = "300ms")
        public class PgExporter {
          @Gauge(help = "Whether the database answered.")
          boolean up() throws InterruptedException {
            Thread.sleep(60_000); // a frozen database
            return true;
          }
        }
        """);
    try (RunningExporter exporter = start(loader)) {
      long start = System.nanoTime();
      String body = Http.scrape(exporter.addresses().get(0));
      long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start);
      // bounded by the 300ms timeout; 30s of slack for a busy machine is still half the member's minute
      assertTrue(seconds < 30, "the scrape took " + seconds + "s");
      Map<String, Double> samples = Http.samples(body);
      assertEquals(0.0, samples.get("pg_scrape_collector_success{collector=\"pg_port\"}"), body);
      assertEquals(1.0, samples.get("pg_scrape_collector_success{collector=\"tank\"}"), body);
      assertEquals(2.0, samples.get("pg_level"), body);
      assertFalse(samples.containsKey("pg_up"), body);
    }
  }

  @Test
  void aCachedExporterMemberIsReadOnceOverSeveralScrapes() throws Exception {
    ClassLoader loader = compile("""
        package app;

        import dev.exporterbuilder.annotations.Exporter;
        import dev.exporterbuilder.annotations.Gauge;
        import java.util.concurrent.atomic.AtomicInteger;

        @Exporter(name = "pg-port", namespace = "pg", port = 9871, collectors = Tank.class, cache = "1h")
        public class PgExporter {
          public static final AtomicInteger READS = new AtomicInteger();

          @Gauge(help = "Queries run.")
          static int reads() {
            return READS.incrementAndGet();
          }
        }
        """);
    try (RunningExporter exporter = start(loader)) {
      String body = "";
      for (int i = 0; i < 3; i++) {
        body = Http.scrape(exporter.addresses().get(0));
        assertEquals(1.0, Http.samples(body).get("pg_reads"), body);
      }
      assertTrue(body.contains("pg_scrape_collector_cache_age_seconds{collector=\"pg_port\"}"), body);
      assertEquals(1, ((AtomicInteger) loader.loadClass("app.PgExporter").getField("READS").get(null)).get());
    }
  }

  @Test
  void theExporterClassIsACollectorNamedAfterTheExporterSwitchedOffLikeAnyOther() throws Exception {
    ClassLoader loader = compile("""
        package app;

        import dev.exporterbuilder.annotations.Exporter;
        import dev.exporterbuilder.annotations.Gauge;

        @Exporter(name = "pg-port", namespace = "pg", port = 9871, collectors = Tank.class)
        public class PgExporter {
          @Gauge(help = "Whether the database answered.")
          static boolean up() {
            return true;
          }
        }
        """);
    try (RunningExporter exporter = start(loader)) {
      Map<String, Double> samples = Http.samples(Http.scrape(exporter.addresses().get(0)));
      assertEquals(1.0, samples.get("pg_up"), samples.toString());
      assertEquals(1.0, samples.get("pg_scrape_collector_success{collector=\"pg_port\"}"), samples.toString());
    }
    try (RunningExporter exporter = start(loader, "--no-collector.pg_port")) {
      Map<String, Double> samples = Http.samples(Http.scrape(exporter.addresses().get(0)));
      assertFalse(samples.containsKey("pg_up"), samples.toString());
      assertFalse(samples.containsKey("pg_scrape_collector_success{collector=\"pg_port\"}"), samples.toString());
      assertEquals(2.0, samples.get("pg_level"), samples.toString());
    }
  }

  @Test
  void aConstantLabelOnAFlagFieldHasTheFlagsValueOnEveryCollectorsSamplesButNotTheSelfMetrics() throws Exception {
    ClassLoader loader = compile("""
        package app;

        import dev.exporterbuilder.annotations.ConstLabel;
        import dev.exporterbuilder.annotations.Exporter;
        import dev.exporterbuilder.annotations.Flag;
        import dev.exporterbuilder.annotations.Gauge;

        @Exporter(name = "pg-port", namespace = "pg", port = 9871, collectors = Tank.class)
        public class PgExporter {
          @ConstLabel("server")
          @Flag(help = "Host and port of the database.")
          static String server = "localhost:5432";

          @Gauge(help = "Whether the database answered.")
          static boolean up() {
            return true;
          }
        }
        """);
    try (RunningExporter exporter = start(loader, "--server=db:6432")) {
      Map<String, Double> samples = Http.samples(Http.scrape(exporter.addresses().get(0)));
      assertEquals(1.0, samples.get("pg_up{server=\"db:6432\"}"), samples.toString());
      assertEquals(2.0, samples.get("pg_level{server=\"db:6432\"}"), samples.toString());
      assertEquals(1.0, samples.get("pg_scrape_collector_success{collector=\"tank\"}"), samples.toString());
    }
  }
}
