package dev.exporterbuilder.example.postgres;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.Timestamp;
import org.junit.jupiter.api.Test;

/** The conversions postgres_exporter applies, as the example makes them. */
class ConversionsTest {

  @Test
  void settingsAreConvertedToSecondsAndBytes() {
    assertEquals(0.2, Settings.Unit.of("ms").convert(200));
    assertEquals(0.002, Settings.Unit.of("ms").convert(2));
    assertEquals(300.0, Settings.Unit.of("min").convert(5));
    assertEquals(8192.0 * 16384, Settings.Unit.of("8kB").convert(16384));
    assertEquals(1024.0 * 4096, Settings.Unit.of("kB").convert(4096));
    assertEquals(16.0 * (1 << 20), Settings.Unit.of("MB").convert(16));
    assertEquals("seconds", Settings.Unit.of("h").base());
    assertEquals("", Settings.Unit.of("").base());
    assertThrows(IllegalArgumentException.class, () -> Settings.Unit.of("furlong"));
  }

  @Test
  void columnValuesBecomeSampleValues() {
    assertEquals(42.0, Database.toDouble(42L));
    assertEquals(1.0, Database.toDouble(true));
    assertEquals(Double.NaN, Database.toDouble(null));
    assertEquals(1796141867.0, Database.toDouble(new Timestamp(1796141867_999L)));
    assertEquals("", Database.toLabel(null));
    assertEquals("5", Database.toLabel(5L));
  }

  @Test
  void theShortVersionHasThreeNumbers() {
    assertEquals("15.18.0", Static.shortVersion("PostgreSQL 15.18 (Debian 15.18-0+deb12u1) on x86_64-pc-linux-gnu"));
    assertEquals("9.6.24", Static.shortVersion("PostgreSQL 9.6.24 on x86_64"));
    assertEquals("16.0.0", Static.shortVersion("PostgreSQL 16beta1 on x86_64"));
  }
}
