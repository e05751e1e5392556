package dev.exporterbuilder.annotations.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The flag files the benchmark scripts read say what the processor writes into kubernetes.yaml. */
class JvmFlagsTest {

  /** distribution/jvm-flags of this checkout: tests run in the module's directory. */
  private static final Path FLAG_FILES = Path.of("..", "distribution", "jvm-flags");

  @Test
  void smallFlagFileIsTheSmallSet() throws IOException {
    assertEquals(JvmFlags.SMALL, flags("small.txt"));
  }

  @Test
  void largeFlagFileIsTheLargeSet() throws IOException {
    assertEquals(JvmFlags.LARGE, flags("large.txt"));
  }

  @Test
  void smallSetStopsAtC1AndLargeSetKeepsC2() {
    assertTrue(JvmFlags.SMALL.contains("-XX:TieredStopAtLevel=1"));
    assertTrue(JvmFlags.LARGE.stream().noneMatch(flag -> flag.startsWith("-XX:TieredStopAtLevel")));
  }

  @Test
  void lineJoinsWithSingleSpaces() {
    assertEquals("-Xmx32m -Xss512k", JvmFlags.line(List.of("-Xmx32m", "-Xss512k")));
  }

  /** One flag a line; lines starting with # and blank lines are not flags. */
  private static List<String> flags(String file) throws IOException {
    return Files.readAllLines(FLAG_FILES.resolve(file)).stream()
        .map(String::strip)
        .filter(line -> !line.isEmpty() && !line.startsWith("#"))
        .toList();
  }
}
