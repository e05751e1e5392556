package dev.exporterbuilder.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What can be checked of the benchmark scripts without running them (they need wrk, Go and
 * minutes): that bash parses them, that compile-profile.sh's JFR reader compiles, and that every JVM
 * flag set they and the docs share starts a JVM.
 */
class ScriptsTest {

  @ParameterizedTest
  @ValueSource(strings = {"compare.sh", "compile-time.sh", "compile-profile.sh", "soak.sh", "appcds.sh", "scrape-ab.sh"})
  void bashParsesTheScript(String script) throws Exception {
    Result result = run(List.of("bash", "-n", script));
    assertEquals(0, result.exit(), result.output());
  }

  /** compile-profile.sh runs it with the source launcher: it must compile, warning-free, on this JDK. */
  @Test
  void theCompileProfileReaderCompiles(@TempDir Path classes) throws Exception {
    String java = ProcessHandle.current().info().command().orElse("java");
    Path javac = Path.of(java).resolveSibling("javac");
    Result result = run(List.of(javac.toString(), "-Xlint:all", "-Werror", "-d", classes.toString(),
        "profile/CompileProfile.java"));
    assertEquals(0, result.exit(), result.output());
  }

  @ParameterizedTest
  @ValueSource(strings = {"small", "large"})
  void theFlagSetStartsAJvm(String set) throws Exception {
    List<String> flags = flags(Path.of("..", "distribution", "jvm-flags", set + ".txt"));
    assertFalse(flags.isEmpty(), set + ".txt has no flags");
    List<String> command = new ArrayList<>();
    command.add(ProcessHandle.current().info().command().orElse("java"));
    command.addAll(flags);
    command.add("-version");
    Result result = run(command);
    assertEquals(0, result.exit(), result.output());
  }

  /** The flags of a file as compare.sh reads them: lines starting with # are comments. */
  private static List<String> flags(Path file) throws IOException {
    List<String> flags = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (!line.strip().startsWith("#") && !line.isBlank()) {
        flags.addAll(Arrays.asList(line.strip().split("\\s+")));
      }
    }
    return flags;
  }

  private record Result(int exit, String output) {}

  private static Result run(List<String> command) throws Exception {
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError(command + " did not finish in 60 s");
    }
    return new Result(process.exitValue(), output);
  }
}
