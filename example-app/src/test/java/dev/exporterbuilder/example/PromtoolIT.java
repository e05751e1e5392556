package dev.exporterbuilder.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.exporterbuilder.testsupport.ExporterProcess;
import dev.exporterbuilder.testsupport.Http;
import dev.exporterbuilder.testsupport.PrometheusTools;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@code promtool check metrics} finds nothing to lint in a scrape with every collector enabled,
 * apart from what node_exporter's own meminfo names get: CamelCase, kept on purpose
 * ({@code host_memory_MemTotal_bytes}, as {@code node_memory_MemTotal_bytes}).
 */
class PromtoolIT {

  private static final Pattern MEMINFO_CAMEL_CASE =
      Pattern.compile("host_memory_\\w+ metric names should be written in 'snake_case' not 'camelCase'");

  @Test
  void promtoolFindsNoProblems() throws Exception {
    PrometheusTools.require("promtool");
    try (ExporterProcess exporter = Fixtures.startExporter("--collector.pressure", "--collector.rpc")) {
      InetSocketAddress address = exporter.awaitListening();
      Http.scrape(address);
      Thread.sleep(200); // let the RPC simulator have requests to observe
      List<String> problems = PrometheusTools.checkMetrics(Http.scrape(address));

      assertFalse(problems.isEmpty(), "the fixture's MemTotal should be reported as CamelCase");
      assertEquals(List.of(), problems.stream().filter(line -> !MEMINFO_CAMEL_CASE.matcher(line).matches()).toList());
    }
  }
}
