package dev.exporterbuilder.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import dev.exporterbuilder.testsupport.ExporterProcess;
import dev.exporterbuilder.testsupport.PrometheusServer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A real Prometheus scrapes the example exporter and stores what it serves. */
class PrometheusIT {

  private static final Duration TARGET_UP_TIMEOUT = Duration.ofSeconds(30);

  @Test
  void prometheusScrapesTheExporter(@TempDir Path work) throws Exception {
    try (ExporterProcess exporter = Fixtures.startExporter()) {
      int exporterPort = exporter.awaitListening().getPort();
      String config = String.join("\n",
          "global:",
          "  scrape_interval: 1s",
          "  scrape_timeout: 1s",
          "scrape_configs:",
          "  - job_name: host",
          "    static_configs:",
          "      - targets: ['127.0.0.1:" + exporterPort + "']",
          "");
      try (PrometheusServer prometheus = PrometheusServer.start(work, config)) {
        String up = prometheus.awaitValue("up{job=\"host\"}", "1", TARGET_UP_TIMEOUT);
        Optional<String> memoryTotal = prometheus.query("host_memory_MemTotal_bytes");
        System.out.println("Prometheus: up{job=\"host\"} = " + up + ", host_memory_MemTotal_bytes = " + memoryTotal.orElse("absent"));
        if (memoryTotal.isEmpty()) {
          fail("Prometheus has no host_memory_MemTotal_bytes; log:\n" + prometheus.log());
        }
        assertEquals(Fixtures.MEMORY_TOTAL_BYTES, Double.parseDouble(memoryTotal.get()));
      }
    }
  }
}
