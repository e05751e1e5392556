package dev.exporterbuilder.example;

import dev.exporterbuilder.testsupport.ExporterProcess;
import dev.exporterbuilder.testsupport.PrometheusServer;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real Prometheus probes a loopback port through the example's {@code /probe}, with the
 * relabeling of docs/probes.md, "Multi-target probes": the target becomes {@code __param_target} and
 * {@code instance}, the exporter the address scraped.
 */
class ProbePrometheusIT {

  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  @Test
  void prometheusProbesATargetThroughTheExporter(@TempDir Path work) throws Exception {
    try (ServerSocket target = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        ExporterProcess exporter = TcpProbeIT.startWithModules()) {
      int exporterPort = exporter.awaitListening().getPort();
      String targetAddress = "127.0.0.1:" + target.getLocalPort();
      String config = String.join("\n",
          "global:",
          "  scrape_interval: 1s",
          "  scrape_timeout: 1s",
          "scrape_configs:",
          "  - job_name: tcp",
          "    metrics_path: /probe",
          "    params: { module: [tcp_connect] }",
          "    static_configs: [ { targets: ['" + targetAddress + "'] } ]",
          "    relabel_configs:",
          "      - { source_labels: [__address__], target_label: __param_target }",
          "      - { source_labels: [__param_target], target_label: instance }",
          "      - { target_label: __address__, replacement: '127.0.0.1:" + exporterPort + "' }",
          "");
      try (PrometheusServer prometheus = PrometheusServer.start(work, config)) {
        prometheus.awaitValue("up{job=\"tcp\",instance=\"" + targetAddress + "\"}", "1", TIMEOUT);
        prometheus.awaitValue("probe_success{job=\"tcp\",instance=\"" + targetAddress + "\"}", "1", TIMEOUT);
        prometheus.awaitValue("probe_ip_protocol{instance=\"" + targetAddress + "\"}", "4", TIMEOUT);
      }
    }
  }
}
