package dev.exporterbuilder.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class DurationsTest {

  @Test
  void parsesPrometheusDurations() {
    assertEquals(Duration.ofSeconds(15), Durations.parse("15s"));
    assertEquals(Duration.ofMinutes(90), Durations.parse("1h30m"));
    assertEquals(Duration.ofMillis(1500), Durations.parse("1s500ms"));
    assertEquals(Duration.ofDays(14), Durations.parse("2w"));
  }

  @Test
  void rejectsWhatIsNoDuration() {
    assertThrows(IllegalArgumentException.class, () -> Durations.parse("15"));
    assertThrows(IllegalArgumentException.class, () -> Durations.parse("5 m"));
    assertThrows(IllegalArgumentException.class, () -> Durations.parse("m5"));
  }

  @Test
  void formatsInTheLargestUnitThatDivides() {
    assertEquals("5m", Durations.format(Duration.ofMinutes(5)));
    assertEquals("90s", Durations.format(Duration.ofSeconds(90)));
    assertEquals("2h", Durations.format(Duration.ofHours(2)));
    assertEquals("0s", Durations.format(Duration.ZERO));
    assertEquals("250ms", Durations.format(Duration.ofMillis(250)));
  }
}
