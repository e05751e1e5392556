package dev.exporterbuilder.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.exporterbuilder.testsupport.ExporterProcess;
import dev.exporterbuilder.testsupport.Http;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generated {@code HostExporterMain} run as a process over the fixture trees, scraped over HTTP. */
class HostExporterIT {

  @Test
  void servesTheFixtureValues() throws Exception {
    try (ExporterProcess exporter = Fixtures.startExporter()) {
      Exposition metrics = Exposition.parse(Http.scrape(exporter.awaitListening()));

      assertEquals(Fixtures.LOAD1, metrics.valueOf("host_load1"));
      assertEquals(Fixtures.LOAD5, metrics.valueOf("host_load5"));
      assertEquals(Fixtures.LOAD15, metrics.valueOf("host_load15"));
      assertEquals(Fixtures.MEMORY_TOTAL_BYTES, metrics.valueOf("host_memory_MemTotal_bytes"));
      assertEquals(Fixtures.MEMORY_AVAILABLE_BYTES, metrics.valueOf("host_memory_MemAvailable_bytes"));
      assertEquals(Fixtures.HIGHEST_ZONE_CELSIUS, metrics.valueOf("host_cpu_temperature_celsius"));
      assertEquals(Fixtures.THERMAL_ZONES, metrics.valueOf("host_thermal_zones"));
    }
  }

  @Test
  void servesStatCpuNetdevFilefdAndUnameAsNodeExporterNamesThem() throws Exception {
    try (ExporterProcess exporter = Fixtures.startExporter()) {
      Exposition metrics = Exposition.parse(Http.scrape(exporter.awaitListening()));

      assertEquals(13_190_237, metrics.valueOf("host_intr_total"));
      assertEquals(29_966_064, metrics.valueOf("host_context_switches_total"));
      assertEquals(1_796_114_151, metrics.valueOf("host_boot_time_seconds"));
      assertEquals(359_207, metrics.valueOf("host_forks_total"));
      assertEquals(3, metrics.valueOf("host_procs_running"));
      assertEquals(1, metrics.valueOf("host_procs_blocked"));

      // ticks of USER_HZ, 100 a second; the aggregate "cpu" line is not a CPU
      assertEquals(10.7, metrics.valueOf("host_cpu_seconds_total{cpu=\"1\",mode=\"user\"}"));
      assertEquals(200.0, metrics.valueOf("host_cpu_seconds_total{cpu=\"0\",mode=\"idle\"}"));
      assertEquals(0.35, metrics.valueOf("host_cpu_seconds_total{cpu=\"0\",mode=\"steal\"}"));
      assertEquals(0.12, metrics.valueOf("host_cpu_guest_seconds_total{cpu=\"1\",mode=\"user\"}"));
      assertEquals(0.03, metrics.valueOf("host_cpu_guest_seconds_total{cpu=\"1\",mode=\"nice\"}"));
      assertFalse(metrics.hasSampleStartingWith("host_cpu_seconds_total{cpu=\"\""), metrics::toString);
      // sys/devices/system/cpu: cpu0 and cpu1 are one core (the first one's count is served), cpu3 has no topology
      assertEquals(5, metrics.valueOf("host_cpu_core_throttles_total{core=\"0\",package=\"0\"}"));
      assertEquals(9, metrics.valueOf("host_cpu_core_throttles_total{core=\"1\",package=\"0\"}"));
      assertEquals(7, metrics.valueOf("host_cpu_package_throttles_total{package=\"0\"}"));
      assertEquals(1, metrics.valueOf("host_cpu_isolated{cpu=\"1\"}"));
      assertEquals(1, metrics.valueOf("host_cpu_isolated{cpu=\"2\"}"));
      assertFalse(metrics.hasSampleStartingWith("host_cpu_isolated{cpu=\"0\"}"), metrics::toString);

      // eth0's line in fixtures/proc/net/dev has 36432227 3168 1 2 ... 12 in the file's column order
      List<String> columns = List.of("receive_bytes", "receive_packets", "receive_errs", "receive_drop",
          "receive_fifo", "receive_frame", "receive_compressed", "receive_multicast", "transmit_bytes",
          "transmit_packets", "transmit_errs", "transmit_drop", "transmit_fifo", "transmit_colls",
          "transmit_carrier", "transmit_compressed");
      List<Double> eth0 = List.of(36_432_227.0, 3168.0, 1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 378_909.0, 2887.0, 7.0, 8.0,
          9.0, 10.0, 11.0, 12.0);
      for (int i = 0; i < columns.size(); i++) {
        String family = "host_network_" + columns.get(i) + "_total";
        assertTrue(metrics.hasLine("# HELP " + family + " Network device statistic " + columns.get(i) + "."),
            metrics::toString);
        assertEquals(eth0.get(i), metrics.valueOf(family + "{device=\"eth0\"}"), family);
      }
      assertEquals(20, metrics.valueOf("host_network_receive_multicast_total{device=\"wlan0\"}"));
      assertFalse(metrics.hasSampleStartingWith("host_network_receive_bytes_total{device=\"lo\"}"), metrics::toString);

      assertEquals(704, metrics.valueOf("host_filefd_allocated"));
      assertEquals(2_466_170, metrics.valueOf("host_filefd_maximum"));
      assertEquals(1, metrics.valueOf("host_uname_info{domainname=\"(none)\",machine=\"x86_64\","
          + "nodename=\"fixture-host\",release=\"6.1.0-fixture-amd64\",sysname=\"Linux\","
          + "version=\"#1 SMP PREEMPT_DYNAMIC Debian 6.1.0-1 (2026-01-01)\"}"));
    }
  }

  @Test
  void aFileThatCannotBeReadCostsItsCollectorAllItsSamples(@TempDir Path procfs) throws Exception {
    Fixtures.write(procfs, "loadavg", "0.52 0.58 0.59 1/467 12345\n");
    try (ExporterProcess exporter = ExporterProcess.start(HostExporterMain.class, "--web.listen-address=127.0.0.1:0",
        "--path.procfs=" + procfs, "--path.sysfs=" + Fixtures.SYSFS)) {
      Exposition metrics = Exposition.parse(Http.scrape(exporter.awaitListening()));

      // no stat file: one failed reading each for stat and cpu, so none of their members is read,
      // not even cpu's throttle counts from the sysfs fixtures, as in node_exporter
      assertEquals(0, metrics.valueOf("host_scrape_collector_success{collector=\"stat\"}"));
      assertEquals(0, metrics.valueOf("host_scrape_collector_success{collector=\"cpu\"}"));
      assertFalse(metrics.hasSampleStartingWith("host_intr_total"), metrics::toString);
      for (String family : List.of("host_cpu_seconds_total", "host_cpu_core_throttles_total", "host_cpu_isolated")) {
        assertFalse(metrics.hasSampleNamed(family), family + ":\n" + metrics);
      }
      assertEquals(1, metrics.valueOf("host_scrape_collector_success{collector=\"loadavg\"}"));
      assertEquals(Fixtures.LOAD1, metrics.valueOf("host_load1"));
    }
  }

  @Test
  void netdevExcludesTheDevicesItsFlagNames() throws Exception {
    try (ExporterProcess exporter = Fixtures.startExporter("--collector.netdev.device-exclude=^(lo|wlan.*)$")) {
      Exposition metrics = Exposition.parse(Http.scrape(exporter.awaitListening()));

      assertTrue(metrics.value("host_network_receive_bytes_total{device=\"eth0\"}").isPresent(), metrics::toString);
      assertFalse(metrics.hasSampleStartingWith("host_network_receive_bytes_total{device=\"wlan0\"}"),
          metrics::toString);
      assertFalse(metrics.hasSampleStartingWith("host_network_receive_bytes_total{device=\"lo\"}"), metrics::toString);
    }
  }

  @Test
  void countsTheGarbageZoneOnEveryScrape() throws Exception {
    try (ExporterProcess exporter = Fixtures.startExporter()) {
      InetSocketAddress address = exporter.awaitListening();
      // a scrape may read the counter before or after it reads the zones: compare two later scrapes
      Http.scrape(address);
      double second = Exposition.parse(Http.scrape(address)).valueOf("host_thermal_zone_read_errors_total");
      double third = Exposition.parse(Http.scrape(address)).valueOf("host_thermal_zone_read_errors_total");

      assertTrue(second >= Fixtures.GARBAGE_ZONES, "second scrape: " + second);
      assertEquals(second + Fixtures.GARBAGE_ZONES, third);
    }
  }

  @Test
  void labelsEachThermalZoneByTypeAndNumber() throws Exception {
    try (ExporterProcess exporter = Fixtures.startExporter()) {
      String body = Http.scrape(exporter.awaitListening());
      assertTrue(body.contains("host_thermal_zone_temperature_celsius{type=\"x86_pkg_temp\",zone=\"0\"} 45.0\n"), body);
      assertTrue(body.contains("host_thermal_zone_temperature_celsius{type=\"acpitz\",zone=\"1\"} 52.5\n"), body);
      assertTrue(!body.contains("iwlwifi_1"), "the garbage zone has no sample: " + body);
    }
  }

  @Test
  void rpcSimulatorServesHistogramSummaryAndExemplars() throws Exception {
    try (ExporterProcess exporter = Fixtures.startExporter("--collector.rpc", "--collector.rpc.rate=500")) {
      InetSocketAddress address = exporter.awaitListening();
      assertTrue(!Http.scrape(address).contains("host_rpc_durations_seconds{quantile"), "empty at first");
      Thread.sleep(200);
      String openMetrics = Http.get(address, "/metrics", "Accept", "application/openmetrics-text; version=1.0.0").body();
      for (String service : List.of("uniform", "normal", "exponential")) {
        assertTrue(openMetrics.contains("host_rpc_durations_seconds{service=\"" + service + "\",quantile=\"0.99\"}"),
            service + ":\n" + openMetrics);
        assertTrue(openMetrics.contains("host_rpc_latency_seconds_bucket{service=\"" + service + "\",le=\"0.1\"}"),
            service + ":\n" + openMetrics);
      }
      assertTrue(openMetrics.contains("# {trace_id=\""), "exemplars in OpenMetrics:\n" + openMetrics);
      assertTrue(openMetrics.contains("# TYPE host_rpc_requests counter"), openMetrics);
    }
  }

  @Test
  void describesEveryFamily() throws Exception {
    try (ExporterProcess exporter = Fixtures.startExporter()) {
      Exposition metrics = Exposition.parse(Http.scrape(exporter.awaitListening()));

      assertTrue(metrics.hasLine("# HELP host_load1 1m load average."), metrics::toString);
      assertTrue(metrics.hasLine("# TYPE host_load1 gauge"), metrics::toString);
      assertTrue(metrics.hasLine("# HELP host_memory_MemTotal_bytes Memory information field MemTotal_bytes."),
          metrics::toString);
      assertTrue(metrics.hasLine("# TYPE host_memory_MemTotal_bytes gauge"), metrics::toString);
      assertTrue(metrics.hasLine("# TYPE host_thermal_zone_read_errors_total counter"), metrics::toString);
    }
  }

  @Test
  void filesystemsAreCachedAndLabelledByMountPoint() throws Exception {
    try (ExporterProcess exporter = Fixtures.startExporter()) {
      String body = Http.scrape(exporter.awaitListening());
      Exposition metrics = Exposition.parse(body);
      String root = "{device=\"/dev/fixture1\",fstype=\"ext4\",mountpoint=\"/\"}";
      String missing = "{device=\"/dev/fixture2\",fstype=\"xfs\",mountpoint=\"/exporter-builder-fixture/no such mount\"}";
      assertTrue(metrics.valueOf("host_filesystem_size_bytes" + root) > 0, body);
      assertTrue(metrics.valueOf("host_filesystem_available_bytes" + root) > 0, body);
      assertEquals(0, metrics.valueOf("host_filesystem_device_error" + root));
      assertEquals(1, metrics.valueOf("host_filesystem_device_error" + missing));
      assertEquals(1, metrics.valueOf("host_filesystem_readonly" + missing));
      assertFalse(metrics.value("host_filesystem_size_bytes" + missing).isPresent(), body);
      assertFalse(body.contains("mountpoint=\"/proc\""), "virtual filesystems are skipped");
      assertTrue(metrics.hasLine("# HELP host_filesystem_size_bytes Filesystem size in bytes. (cached, refreshed every 30s)"),
          body);
      double age = metrics.valueOf("host_scrape_collector_cache_age_seconds{collector=\"filesystem\"}");
      assertTrue(age >= 0 && age < 30, "age " + age);
      assertEquals(1, metrics.valueOf("host_scrape_collector_success{collector=\"filesystem\"}"));
    }
  }

  @Test
  void reportsEachCollectorAndTheBuild() throws Exception {
    try (ExporterProcess exporter = Fixtures.startExporter()) {
      Exposition metrics = Exposition.parse(Http.scrape(exporter.awaitListening()));

      for (String collector : List.of("thermal", "loadavg", "meminfo", "filesystem", "stat", "cpu", "netdev", "filefd",
          "uname")) {
        assertEquals(1, metrics.valueOf("host_scrape_collector_success{collector=\"" + collector + "\"}"), collector);
        assertTrue(metrics.value("host_scrape_collector_duration_seconds{collector=\"" + collector + "\"}").isPresent(),
            collector);
      }
      assertTrue(metrics.hasSampleNamed("host_exporter_build_info"), metrics::toString);
    }
  }

  @Test
  void pressureIsOffByDefault() throws Exception {
    try (ExporterProcess exporter = Fixtures.startExporter()) {
      Exposition metrics = Exposition.parse(Http.scrape(exporter.awaitListening()));

      assertFalse(metrics.hasSampleStartingWith("host_pressure_"), metrics::toString);
      assertTrue(metrics.value("host_scrape_collector_success{collector=\"pressure\"}").isEmpty(), metrics::toString);
    }
  }

  @Test
  void pressureIsServedWhenEnabled() throws Exception {
    try (ExporterProcess exporter = Fixtures.startExporter("--collector.pressure")) {
      Exposition metrics = Exposition.parse(Http.scrape(exporter.awaitListening()));

      assertEquals(Fixtures.CPU_WAITING_SECONDS, metrics.valueOf("host_pressure_cpu_waiting_seconds_total"));
      assertEquals(1, metrics.valueOf("host_scrape_collector_success{collector=\"pressure\"}"));
    }
  }

  @Test
  void helpListsTheExporterFlagsAndExitsZero() throws Exception {
    try (ExporterProcess exporter = ExporterProcess.start(HostExporterMain.class, "--help")) {
      assertEquals(0, exporter.awaitExit(), exporter::describe);
      String output = String.join("\n", exporter.stdout()) + "\n" + String.join("\n", exporter.stderr());
      assertTrue(output.contains("--path.sysfs"), exporter::describe);
      assertTrue(output.contains("--path.procfs"), exporter::describe);
      assertTrue(output.contains("collector.pressure"), exporter::describe);
    }
  }

  @Test
  void anUnknownFlagIsOneErrorLineAndExitCode2() throws Exception {
    try (ExporterProcess exporter = ExporterProcess.start(HostExporterMain.class, "--no-such-flag")) {
      assertEquals(2, exporter.awaitExit(), exporter::describe);
      List<String> errorLines = exporter.stderr().stream().filter(line -> line.contains("no-such-flag")).toList();
      assertEquals(1, errorLines.size(), exporter::describe);
      assertTrue(exporter.stdout().isEmpty(), exporter::describe);
    }
  }

  @Test
  void anAddressInUseExitsOneNamingIt() throws Exception {
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        ExporterProcess exporter = ExporterProcess.start(HostExporterMain.class,
            "--web.listen-address=127.0.0.1:" + taken.getLocalPort(),
            "--path.procfs=" + Fixtures.PROCFS,
            "--path.sysfs=" + Fixtures.SYSFS)) {
      assertEquals(1, exporter.awaitExit(), exporter::describe);
      String address = "127.0.0.1:" + taken.getLocalPort();
      assertTrue(exporter.stderr().stream().anyMatch(line -> line.contains(address)), exporter::describe);
    }
  }
}
