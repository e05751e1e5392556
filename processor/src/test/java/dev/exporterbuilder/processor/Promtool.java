package dev.exporterbuilder.processor;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * {@code promtool check metrics} from the Debian package {@code prometheus}. Without it a test is
 * skipped on a developer's machine and fails on CI (environment variable {@code CI} set), where
 * skipping would hide that nothing was checked.
 */
final class Promtool {

  private Promtool() {}

  /** The problems promtool's lint reports for {@code exposition}, one {@code <metric> <text>} per line; empty when clean. */
  static List<String> checkMetrics(String exposition) throws Exception {
    Path promtool = find().orElse(null);
    if (promtool == null) {
      String message = "promtool not found on PATH or in /usr/bin: install the Debian package prometheus";
      if (System.getenv("CI") != null) {
        fail(message);
      }
      Assumptions.abort(message);
    }
    Process process = new ProcessBuilder(promtool.toString(), "check", "metrics").redirectErrorStream(true).start();
    process.getOutputStream().write(exposition.getBytes(StandardCharsets.UTF_8));
    process.getOutputStream().close();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      fail("promtool did not finish");
    }
    // 0: clean; 3: lint problems; anything else: promtool could not parse the exposition
    assertTrue(process.exitValue() == 0 || process.exitValue() == 3,
        () -> "promtool exit " + process.exitValue() + ": " + output);
    return output.lines().filter(line -> !line.isBlank()).toList();
  }

  private static Optional<Path> find() {
    String path = System.getenv().getOrDefault("PATH", "");
    return Stream.concat(Stream.of(path.split(File.pathSeparator)), Stream.of("/usr/bin"))
        .filter(directory -> !directory.isEmpty())
        .map(directory -> Path.of(directory, "promtool"))
        .filter(Files::isExecutable)
        .findFirst();
  }
}
