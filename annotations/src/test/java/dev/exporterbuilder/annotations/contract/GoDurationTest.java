package dev.exporterbuilder.annotations.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class GoDurationTest {

  @ParameterizedTest(name = "\"{0}\" is {1} ns")
  @CsvSource({
      "0, 0",
      "+0, 0",
      "0s, 0",
      "100ns, 100",
      "10us, 10000",
      "10µs, 10000", // U+00B5 micro sign
      "10μs, 10000", // U+03BC Greek mu
      "300ms, 300000000",
      "15s, 15000000000",
      "+5s, 5000000000",
      "1m30s, 90000000000",
      "1.5h, 5400000000000",
      "2h45m, 9900000000000",
      ".5s, 500000000",
      "1.s, 1000000000",
      "1.25ms, 1250000",
      "1h1m1s1ms1us1ns, 3661001001001",
      "1.9ns, 1", // fractions of a nanosecond are dropped, as in Go
      "2562047h47m16.854775807s, 9223372036854775807",
  })
  void parsesGoSyntax(String text, long nanos) {
    assertEquals(Duration.ofNanos(nanos), GoDuration.parse(text));
  }

  @ParameterizedTest(name = "\"{0}\" fails with: {1}")
  @CsvSource(delimiter = '|', value = {
      "1x | invalid duration \"1x\": unknown unit \"x\" (use ns, us, ms, s, m, h)",
      "15 | invalid duration \"15\": missing unit after \"15\" (use ns, us, ms, s, m, h)",
      "1s2 | invalid duration \"1s2\": missing unit after \"2\" (use ns, us, ms, s, m, h)",
      "-1s | invalid duration \"-1s\": negative durations are not allowed",
      "s | invalid duration \"s\": expected a number before \"s\"",
      "+ | invalid duration \"+\": expected a number",
      "1..5s | invalid duration \"1..5s\": bad number \"1..5\"",
      ".s | invalid duration \".s\": bad number \".\"",
      "1 s | invalid duration \"1 s\": unknown unit \" s\" (use ns, us, ms, s, m, h)",
      "1sec | invalid duration \"1sec\": unknown unit \"sec\" (use ns, us, ms, s, m, h)",
      "1d | invalid duration \"1d\": unknown unit \"d\" (use ns, us, ms, s, m, h)",
      "2562048h | invalid duration \"2562048h\": too large (at most about 292 years)",
  })
  void rejectsWithOneLineMessage(String text, String message) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> GoDuration.parse(text));
    assertEquals(message, e.getMessage());
  }

  @Test
  void rejectsEmptyAndNull() {
    assertEquals("invalid duration \"\": empty (write a number and a unit, such as \"15s\")",
        assertThrows(IllegalArgumentException.class, () -> GoDuration.parse("")).getMessage());
    assertThrows(IllegalArgumentException.class, () -> GoDuration.parse(null));
  }

  @ParameterizedTest(name = "{0} ns formats as \"{1}\"")
  @CsvSource({
      "0, 0s",
      "1, 1ns",
      "999, 999ns",
      "1000, 1µs",
      "1500, 1.5µs",
      "500000000, 500ms",
      "100000000, 100ms",
      "1250000, 1.25ms",
      "1000000000, 1s",
      "1500000000, 1.5s",
      "15000000000, 15s",
      "60000000000, 1m0s",
      "90000000000, 1m30s",
      "3600000000000, 1h0m0s",
      "3600500000000, 1h0m0.5s",
      "9900000000000, 2h45m0s",
      "129600000000000, 36h0m0s",
      "-15000000000, -15s",
      "1000000001, 1.000000001s",
  })
  void formatsLikeGo(long nanos, String text) {
    assertEquals(text, GoDuration.format(Duration.ofNanos(nanos)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"0s", "1ns", "1.5µs", "500ms", "15s", "1m30s", "1h0m0s", "2h45m0s", "1h0m0.5s"})
  void formatThenParseIsIdentity(String text) {
    assertEquals(text, GoDuration.format(GoDuration.parse(text)));
  }
}
