package dev.exporterbuilder.runtime.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HttpDateTest {

  /** The JDK's formatter of the same pattern, with the locale data the runtime no longer loads. */
  private static final DateTimeFormatter JDK =
      DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US).withZone(ZoneOffset.UTC);

  @ParameterizedTest(name = "{0}")
  @CsvSource({
      "1994-11-06T08:49:37Z, 'Sun, 06 Nov 1994 08:49:37 GMT'", // RFC 9110's example
      "1970-01-01T00:00:00Z, 'Thu, 01 Jan 1970 00:00:00 GMT'",
      "2024-02-29T23:59:59.999Z, 'Thu, 29 Feb 2024 23:59:59 GMT'",
      "2026-12-31T12:05:09Z, 'Thu, 31 Dec 2026 12:05:09 GMT'",
  })
  void imfFixdate(String instant, String expected) {
    assertEquals(expected, HttpDate.format(Instant.parse(instant).toEpochMilli()));
  }

  @Test
  void sameAsTheJdkFormatterOverFourCenturies() {
    SplittableRandom random = new SplittableRandom(14);
    long from = Instant.parse("1900-01-01T00:00:00Z").toEpochMilli();
    long to = Instant.parse("2300-01-01T00:00:00Z").toEpochMilli();
    for (int i = 0; i < 100_000; i++) {
      long millis = random.nextLong(from, to);
      assertEquals(JDK.format(Instant.ofEpochMilli(millis)), HttpDate.format(millis), () -> Instant.ofEpochMilli(millis).toString());
    }
  }
}
