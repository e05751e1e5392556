package dev.exporterbuilder.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.exporterbuilder.runtime.generated.CollectorDefinition;
import dev.exporterbuilder.runtime.generated.ExporterDefinition;
import dev.exporterbuilder.runtime.generated.Lifecycle;
import io.prometheus.metrics.model.snapshots.MetricSnapshots;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
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
  void anInitFailingAnAssertFailsStartLikeAnyFailureAndAFailingCloseCostsOneWarnLine() throws Exception {
    ExporterDefinition definition = ExporterDefinition.builder("test-exporter", 9999, LifecycleTest.class)
        .lifecycle(Lifecycle.init("exporter.init", () -> events.add("init exporter")).andClose("exporter", () -> {
          events.add("close exporter");
          throw new AssertionError("closed twice");
        }))
        .collector(collector("broken", true, Lifecycle.init("Broken.connect", () -> {
          throw new AssertionError("no connection");
        })))
        .build();
    try (StderrCapture stderr = new StderrCapture()) {
      ExporterException e = assertThrows(ExporterException.class, () -> ExporterRuntime.start(definition, LOCAL));
      assertEquals(ExporterException.STARTUP, e.exitCode());
      assertEquals("Broken.connect failed: AssertionError: no connection", e.getMessage());
      assertEquals(List.of("init exporter", "close exporter"), events);
      assertTrue(stderr.text().contains(" level=warn msg=\"Close failed\" class=exporter err=\"AssertionError: closed twice\""),
          stderr.text());
    }
  }

  @Test
  void closeWaitsForACollectorRunInProgressBeforeClosingItsObject() throws Exception {
    CountDownLatch running = new CountDownLatch(1);
    ExporterCollector slow = errors -> {
      running.countDown();
      long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(1500);
      // a read that an interrupt does not cut short, as a blocking socket read is not
      while (System.nanoTime() < end) {
        try {
          Thread.sleep(50);
        } catch (InterruptedException e) {
          events.add("run interrupted");
        }
      }
      events.add("run ended");
      return MetricSnapshots.of();
    };
    ExporterDefinition definition = ExporterDefinition.builder("test-exporter", 9999, LifecycleTest.class)
        .collector(CollectorDefinition.of("slow", true, slow).timeout(Duration.ofMillis(100))
            .lifecycle(Lifecycle.closing("slow", () -> events.add("close slow"))))
        .build();
    RunningExporter exporter = ExporterRuntime.start(definition, LOCAL);
    try {
      HttpClient.newHttpClient().send(HttpRequest.newBuilder(
          URI.create("http://" + exporter.addresses().get(0).getHostString() + ":" + exporter.addresses().get(0).getPort()
              + "/metrics")).build(), HttpResponse.BodyHandlers.discarding());
      assertTrue(running.await(10, TimeUnit.SECONDS));
    } finally {
      exporter.close();
    }
    assertTrue(events.contains("run interrupted"), events.toString());
    assertEquals(List.of("run ended", "close slow"), events.subList(events.size() - 2, events.size()));
  }

  @Test
  void aCollectorWithoutALifecycleHasNone() {
    assertEquals(Lifecycle.NONE, CollectorDefinition.of("plain", true, new GaugeCollector("test_plain", 1, null)).lifecycle());
  }
}
