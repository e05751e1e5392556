package dev.exporterbuilder.example;

import dev.exporterbuilder.testsupport.ExporterProcess;
import dev.exporterbuilder.testsupport.Http;
import dev.exporterbuilder.testsupport.PrometheusTools;
import java.net.InetSocketAddress;
import org.junit.jupiter.api.Test;

/** {@code promtool check metrics} finds nothing to lint in a scrape with every collector enabled. */
class PromtoolIT {

  @Test
  void promtoolFindsNoProblems() throws Exception {
    PrometheusTools.require("promtool");
    try (ExporterProcess exporter = Fixtures.startExporter("--collector.pressure", "--collector.rpc")) {
      InetSocketAddress address = exporter.awaitListening();
      Http.scrape(address);
      Thread.sleep(200); // let the RPC simulator have requests to observe
      PrometheusTools.assertLintClean(Http.scrape(address));
    }
  }
}
