package dev.exporterbuilder.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * The binaries of the Debian package {@code prometheus}: {@code promtool}, run here, and
 * {@code prometheus}, run by {@link PrometheusServer}; and those of other packages, such as
 * {@code prometheus-node-exporter}, run by {@link NodeExporterServer}, and {@code postgresql}, run by
 * {@link PostgresServer}.
 * Without them a test is skipped on a developer's machine and fails on CI (environment variable
 * {@code CI} set), where skipping would hide that nothing was checked.
 */
public final class PrometheusTools {

  private static final long PROMTOOL_TIMEOUT_SECONDS = 60;

  private PrometheusTools() {}

  /** The path of {@code binary} ({@code prometheus} or {@code promtool}) on PATH or in /usr/bin. */
  public static Path require(String binary) {
    return require(binary, "prometheus");
  }

  /**
   * The path of {@code binary} on PATH or in /usr/bin, which the Debian package {@code debianPackage}
   * installs; skips the test without it, or fails it on CI.
   */
  public static Path require(String binary, String debianPackage) {
    Optional<Path> found = find(binary);
    if (found.isEmpty()) {
      missing(binary + " not found on PATH or in /usr/bin", debianPackage);
    }
    return found.get();
  }

  /**
   * Skips the test because {@code what} is missing, or fails it on CI; says to install the Debian
   * package {@code debianPackage}.
   */
  static void missing(String what, String debianPackage) {
    String message = what + ": install the Debian package `" + debianPackage + "` (sudo apt-get install -y "
        + debianPackage + ")";
    if (System.getenv("CI") != null) {
      fail(message);
    }
    Assumptions.abort(message);
  }

  private static Optional<Path> find(String binary) {
    String path = System.getenv().getOrDefault("PATH", "");
    return Stream.concat(Stream.of(path.split(File.pathSeparator)), Stream.of("/usr/bin"))
        .filter(directory -> !directory.isEmpty())
        .map(directory -> Path.of(directory, binary))
        .filter(Files::isExecutable)
        .findFirst();
  }

  /**
   * The problems {@code promtool check metrics} reports for {@code exposition}, one
   * {@code <metric> <text>} per line; empty when clean. Fails if promtool could not parse it.
   */
  public static List<String> checkMetrics(String exposition) throws IOException, InterruptedException {
    CheckResult result = runCheckMetrics(exposition);
    // 0: clean; 3: lint problems; anything else: promtool could not parse the exposition
    assertTrue(result.exitCode() == 0 || result.exitCode() == 3,
        () -> "promtool exit " + result.exitCode() + ": " + result.output());
    return result.output().lines().filter(line -> !line.isBlank()).toList();
  }

  /** Asserts that {@code promtool check metrics} accepts {@code exposition} without a word. */
  public static void assertLintClean(String exposition) throws IOException, InterruptedException {
    CheckResult result = runCheckMetrics(exposition);
    assertEquals("", result.output(), "promtool check metrics output");
    assertEquals(0, result.exitCode(), result.output());
  }

  private record CheckResult(int exitCode, String output) {}

  /** What a promtool run ended with: its exit status and its stdout and stderr, interleaved. */
  public record PromtoolResult(List<String> arguments, int exitCode, String output) {

    /** Fails, with the command and what promtool wrote, unless promtool exited with 0. */
    public PromtoolResult assertSuccess() {
      assertEquals(0, exitCode, () -> "promtool " + String.join(" ", arguments) + " exited with " + exitCode + ":\n"
          + output);
      return this;
    }
  }

  /**
   * Runs {@code promtool arguments} in {@code directory} (relative paths in the arguments, and those
   * the files name, such as {@code rule_files}, resolve there) and returns how it ended.
   */
  public static PromtoolResult promtool(Path directory, String... arguments) throws IOException, InterruptedException {
    Path promtool = require("promtool");
    List<String> command = new ArrayList<>(List.of(promtool.toString()));
    command.addAll(List.of(arguments));
    Process process = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true).start();
    try {
      process.getOutputStream().close();
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!process.waitFor(PROMTOOL_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        fail("promtool " + String.join(" ", arguments) + " still running after " + PROMTOOL_TIMEOUT_SECONDS + " s");
      }
      return new PromtoolResult(List.of(arguments), process.exitValue(), output);
    } finally {
      process.destroyForcibly();
    }
  }

  private static CheckResult runCheckMetrics(String exposition) throws IOException, InterruptedException {
    Path promtool = require("promtool");
    Process process = new ProcessBuilder(promtool.toString(), "check", "metrics").redirectErrorStream(true).start();
    try {
      try (OutputStream stdin = process.getOutputStream()) {
        stdin.write(exposition.getBytes(StandardCharsets.UTF_8));
      }
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!process.waitFor(PROMTOOL_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        fail("promtool check metrics still running after " + PROMTOOL_TIMEOUT_SECONDS + " s");
      }
      return new CheckResult(process.exitValue(), output);
    } finally {
      process.destroyForcibly();
    }
  }
}
