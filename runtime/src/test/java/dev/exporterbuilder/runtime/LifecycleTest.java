package dev.exporterbuilder.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.exporterbuilder.runtime.generated.CollectorDefinition;
import dev.exporterbuilder.runtime.generated.ExporterDefinition;
import dev.exporterbuilder.runtime.generated.Lifecycle;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** {@link Lifecycle}s of an exporter started in this JVM and closed by {@link RunningExporter#close()}. */
class LifecycleTest {

  private static final String[] LOCAL = {"--web.listen-address=127.0.0.1:0", "--web.disable-exporter-metrics"};

  private final List<String> events = new CopyOnWriteArrayList<>();

  private Lifecycle recording(String name, boolean closeThrows) {
    return Lifecycle.init(name + ".init", () -> events.add("init " + name)).andClose(name, () -> {
      events.add("close " + name);
      if (closeThrows) {
        throw new IOException("broken pipe");
      }
    });
  }

  private CollectorDefinition collector(String name, boolean enabled, Lifecycle lifecycle) {
    return CollectorDefinition.of(name, enabled, new GaugeCollector("test_" + name, 1, null)).lifecycle(lifecycle);
  }

  @Test
  void closeClosesInReverseOrderAndAThrowingCloseCostsOneWarnLine() throws Exception {
    ExporterDefinition definition = ExporterDefinition.builder("test-exporter", 9999, LifecycleTest.class)
        .lifecycle(recording("exporter", false))
        .collector(collector("first", true, recording("first", true)))
        .collector(collector("off", false, recording("off", false)))
        .collector(collector("closing", true, Lifecycle.closing("closing", () -> events.add("close closing"))))
        .collector(collector("last", true, recording("last", false)))
        .build();
    try (StderrCapture stderr = new StderrCapture()) {
      RunningExporter exporter = ExporterRuntime.start(definition, LOCAL);
      assertEquals(List.of("init exporter", "init first", "init last"), events);
      exporter.close();
      exporter.close();
      assertEquals(List.of("init exporter", "init first", "init last",
          "close last", "close closing", "close first", "close exporter"), events);
      List<String> warnings = stderr.text().lines().filter(line -> line.contains("level=warn")).toList();
      assertEquals(1, warnings.size(), stderr.text());
      assertTrue(warnings.get(0).endsWith(" level=warn msg=\"Close failed\" class=first err=\"IOException: broken pipe\""),
          warnings.get(0));
    }
  }

  @Test
  void anInitThatThrowsFailsStartWithExitCode1AfterClosingTheInitialisedOnes() {
    ExporterDefinition definition = ExporterDefinition.builder("test-exporter", 9999, LifecycleTest.class)
        .lifecycle(recording("exporter", false))
        .collector(collector("broken", true, Lifecycle.init("Broken.connect", () -> {
          throw new IllegalStateException("no database");
        }).andClose("broken", () -> events.add("close broken"))))
        .collector(collector("later", true, recording("later", false)))
        .build();
    ExporterException e = assertThrows(ExporterException.class, () -> ExporterRuntime.start(definition, LOCAL));
    assertEquals(ExporterException.STARTUP, e.exitCode());
    assertEquals("Broken.connect failed: IllegalStateException: no database", e.getMessage());
    assertEquals(List.of("init exporter", "close exporter"), events, "neither the failed one nor later ones are closed");
  }

  @Test
  void aCollectorWithoutALifecycleHasNone() {
    assertEquals(Lifecycle.NONE, CollectorDefinition.of("plain", true, new GaugeCollector("test_plain", 1, null)).lifecycle());
  }
}
