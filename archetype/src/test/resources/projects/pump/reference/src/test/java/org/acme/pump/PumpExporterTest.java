package org.acme.pump;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.exporterbuilder.runtime.ExporterRuntime;
import dev.exporterbuilder.runtime.RunningExporter;
import java.nio.file.Path;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Starts the exporter in this JVM on a free port, with a flag, and scrapes it over HTTP. */
class PumpExporterTest {

  @Test
  void servesTheHostCollector(@TempDir Path directory) throws Exception {
    try (RunningExporter exporter = ExporterRuntime.start(PumpExporterMain.definition(),
        "--web.listen-address=127.0.0.1:0", "--collector.host.path=" + directory)) {
      Scrape metrics = Scrape.of(exporter.addresses().get(0));

      assertEquals(OptionalDouble.of(1), metrics.value("pump_scrape_collector_success{collector=\"host\"}"),
          metrics::toString);
      assertEquals(OptionalDouble.of(Runtime.getRuntime().availableProcessors()),
          metrics.value("pump_processors"), metrics::toString);
      assertTrue(metrics.value("pump_filesystem_avail_bytes").orElse(-1) >= 0, metrics::toString);
      assertTrue(metrics.hasHelp("pump_load1"), metrics::toString);
    }
  }

  @Test
  void aCollectorCanBeSwitchedOff() throws Exception {
    try (RunningExporter exporter = ExporterRuntime.start(PumpExporterMain.definition(),
        "--web.listen-address=127.0.0.1:0", "--no-collector.host")) {
      Scrape metrics = Scrape.of(exporter.addresses().get(0));

      assertEquals(OptionalDouble.empty(), metrics.value("pump_processors"), metrics::toString);
    }
  }
}
