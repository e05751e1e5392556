package dev.exporterbuilder.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/** {@code promtool check metrics} from the Debian package prometheus; required on CI, skipped elsewhere. */
final class Promtool {

  private Promtool() {}

  static void assertLintClean(String exposition) throws Exception {
    String promtool = find();
    if (promtool == null) {
      String message = "promtool not found: install the Debian package prometheus";
      if (System.getenv("CI") != null) {
        fail(message);
      }
      Assumptions.abort(message);
    }
    Process process = new ProcessBuilder(promtool, "check", "metrics").redirectErrorStream(true).start();
    process.getOutputStream().write(exposition.getBytes(StandardCharsets.UTF_8));
    process.getOutputStream().close();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!process.waitFor(30, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      fail("promtool did not finish");
    }
    assertEquals("", output, "promtool check metrics output");
    assertEquals(0, process.exitValue(), output);
  }

  private static String find() {
    for (String directory : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      File candidate = new File(directory, "promtool");
      if (candidate.canExecute()) {
        return candidate.getPath();
      }
    }
    return null;
  }
}
