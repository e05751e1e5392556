package dev.exporterbuilder.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** {@code promtool check metrics} finds nothing to lint in a scrape with every collector enabled. */
class PromtoolIT {

  @Test
  void promtoolFindsNoProblems() throws Exception {
    Path promtool = PrometheusTools.require("promtool");
    try (ExporterProcess exporter = ExporterProcess.startOnFixtures("--collector.pressure", "--collector.rpc")) {
      int port = exporter.awaitListening();
      ExporterProcess.scrape(port);
      Thread.sleep(200); // let the RPC simulator have requests to observe
      String metrics = ExporterProcess.scrape(port);

      Process check = new ProcessBuilder(promtool.toString(), "check", "metrics").redirectErrorStream(true).start();
      OutputLines output = OutputLines.of(check.getInputStream(), "promtool output");
      try (OutputStream stdin = check.getOutputStream()) {
        stdin.write(metrics.getBytes(StandardCharsets.UTF_8));
      }
      try {
        if (!check.waitFor(10, TimeUnit.SECONDS)) {
          fail("promtool check metrics still running after 10 s");
        }
        String lint = String.join("\n", output.awaitAll(ExporterProcess.HTTP_TIMEOUT));
        System.out.println("promtool check metrics: exit " + check.exitValue() + ", output: \"" + lint + "\"");
        assertEquals(0, check.exitValue(), lint);
        assertEquals("", lint, "promtool check metrics reported problems");
      } finally {
        check.destroyForcibly();
      }
    }
  }
}
