package dev.exporterbuilder.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.exporterbuilder.runtime.ExporterRuntime;
import dev.exporterbuilder.runtime.RunningExporter;
import dev.exporterbuilder.runtime.generated.ExporterDefinition;
import dev.exporterbuilder.testsupport.Http;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A generated Main calls {@code @Init} methods after the flags are set and closes
 * {@link AutoCloseable} classes at shutdown, last first; a disabled collector is left alone; a probe
 * has the same lifecycle.
 */
class LifecycleGenerationTest {

  private static final String SHOP = """
      package shop;

      import dev.exporterbuilder.annotations.Exporter;
      import dev.exporterbuilder.annotations.Flag;
      import dev.exporterbuilder.annotations.Init;
      import java.util.ArrayList;
      import java.util.List;

      @Exporter(name = "shop", port = 9871, collectors = {Queue.class, Spare.class})
      public class Shop implements AutoCloseable {
        public static final List<String> EVENTS = new ArrayList<>();

        @Flag(help = "Where the queue lives.")
        static String broker = "default:1";

        @Init
        static void connect() {
          EVENTS.add("init Shop broker=" + broker);
        }

        @Override
        public void close() {
          EVENTS.add("close Shop");
        }
      }
      """;

  private static final String QUEUE = """
      package shop;

      import dev.exporterbuilder.annotations.Collector;
      import dev.exporterbuilder.annotations.Flag;
      import dev.exporterbuilder.annotations.Gauge;
      import dev.exporterbuilder.annotations.Init;

      @Collector
      public class Queue implements AutoCloseable {
        @Flag(help = "Queue capacity.")
        int capacity = 10;

        private int seen = -1;

        @Init
        void open() throws Exception {
          seen = capacity;
          Shop.EVENTS.add("init Queue capacity=" + capacity);
        }

        @Gauge(help = "Capacity the queue was opened with.")
        int openedCapacity() {
          return seen;
        }

        @Override
        public void close() {
          Shop.EVENTS.add("close Queue");
        }
      }
      """;

  private static final String SPARE = """
      package shop;

      import dev.exporterbuilder.annotations.Collector;
      import dev.exporterbuilder.annotations.Gauge;
      import dev.exporterbuilder.annotations.Init;

      @Collector(enabledByDefault = false)
      public class Spare implements AutoCloseable {
        @Init
        void open() {
          Shop.EVENTS.add("init Spare");
        }

        @Gauge(help = "Always one.")
        int one() {
          return 1;
        }

        @Override
        public void close() {
          Shop.EVENTS.add("close Spare");
        }
      }
      """;

  private static final String NET = """
      package net;

      import dev.exporterbuilder.annotations.Exporter;
      import dev.exporterbuilder.annotations.Flag;
      import java.util.ArrayList;
      import java.util.List;

      @Exporter(name = "net", port = 9872, probes = Ping.class)
      public class Net implements AutoCloseable {
        public static final List<String> EVENTS = new ArrayList<>();

        @Flag(help = "Prefix of every answer.")
        static String greeting = "hi";

        @Override
        public void close() {
          EVENTS.add("close Net");
        }
      }
      """;

  private static final String PING = """
      package net;

      import dev.exporterbuilder.annotations.Gauge;
      import dev.exporterbuilder.annotations.Init;
      import dev.exporterbuilder.annotations.Probe;
      import dev.exporterbuilder.annotations.Reading;

      @Probe(name = "ping", help = "Measures a target's name.")
      public class Ping implements AutoCloseable {
        private String greeting = "unset";

        @Init
        void open() {
          greeting = Net.greeting;
          Net.EVENTS.add("init Ping greeting=" + greeting);
        }

        @Reading
        String read(String target) {
          return greeting + " " + target;
        }

        @Gauge(help = "Length of the answer.")
        int answerLength(String answer) {
          return answer.length();
        }

        @Override
        public void close() {
          Net.EVENTS.add("close Ping");
        }
      }
      """;

  @Test
  void aProbeIsInitialisedAfterTheFlagsAndClosedBeforeTheExporter() throws Exception {
    Compilation compilation = Sources.compile(List.of(
        JavaFileObjects.forSourceString("net.Net", NET),
        JavaFileObjects.forSourceString("net.Ping", PING)));
    assertEquals(Compilation.Status.SUCCESS, compilation.status(), () -> compilation.diagnostics().toString());
    ClassLoader loader = new CompiledClassLoader(compilation);
    ExporterDefinition definition = (ExporterDefinition) loader.loadClass("net.NetMain").getMethod("definition")
        .invoke(null);
    @SuppressWarnings("unchecked")
    List<String> events = (List<String>) loader.loadClass("net.Net").getField("EVENTS").get(null);

    RunningExporter exporter = ExporterRuntime.start(definition, "--web.listen-address=127.0.0.1:0",
        "--log.level=error", "--greeting=hello");
    try {
      String body = Http.get(exporter.addresses().get(0), "/probe?target=abc").body();
      assertEquals(9.0, Http.samples(body).get("probe_answer_length"), body); // "hello abc"
    } finally {
      exporter.close();
    }
    assertEquals(List.of("init Ping greeting=hello", "close Ping", "close Net"), events);
  }

  @Test
  void initSeesParsedFlagsAndCloseRunsInReverse() throws Exception {
    Compilation compilation = Sources.compile(List.of(
        JavaFileObjects.forSourceString("shop.Shop", SHOP),
        JavaFileObjects.forSourceString("shop.Queue", QUEUE),
        JavaFileObjects.forSourceString("shop.Spare", SPARE)));
    assertEquals(Compilation.Status.SUCCESS, compilation.status(), () -> compilation.diagnostics().toString());
    ClassLoader loader = new CompiledClassLoader(compilation);
    ExporterDefinition definition = (ExporterDefinition) loader.loadClass("shop.ShopMain").getMethod("definition")
        .invoke(null);
    @SuppressWarnings("unchecked")
    List<String> events = (List<String>) loader.loadClass("shop.Shop").getField("EVENTS").get(null);

    RunningExporter exporter = ExporterRuntime.start(definition, "--web.listen-address=127.0.0.1:0",
        "--log.level=error", "--web.disable-exporter-metrics", "--broker=queue.example:5672",
        "--collector.queue.capacity=25");
    try {
      String body = Http.scrape(exporter.addresses().get(0));
      assertEquals(25.0, Http.samples(body).get("shop_opened_capacity"), body);
    } finally {
      exporter.close();
    }
    assertEquals(List.of("init Shop broker=queue.example:5672", "init Queue capacity=25", "close Queue", "close Shop"),
        events);
  }
}
