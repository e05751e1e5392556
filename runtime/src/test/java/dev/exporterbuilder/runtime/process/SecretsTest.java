package dev.exporterbuilder.runtime.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.exporterbuilder.runtime.process.Log.Format;
import dev.exporterbuilder.runtime.process.Log.Level;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * {@link Secrets} and the log: the secrets are global to the JVM, so each test uses values no other
 * test writes.
 */
class SecretsTest {

  private static final Instant TIME = Instant.parse("2026-11-22T03:48:01.123Z");

  @Test
  void everyOccurrenceIsReplaced() {
    Secrets.add("pa55-w0rd-everywhere");
    assertEquals("user=<secret> again <secret>.", Secrets.redact("user=pa55-w0rd-everywhere again pa55-w0rd-everywhere."));
    assertNull(Secrets.redact(null));
  }

  @Test
  void aSecretThatContainsAnotherIsReplacedWhole() {
    Secrets.add("inner-k3y");
    Secrets.add("postgresql://app:inner-k3y@db:5432/app");
    assertEquals("No suitable driver found for <secret>; and <secret> alone",
        Secrets.redact("No suitable driver found for postgresql://app:inner-k3y@db:5432/app; and inner-k3y alone"));
  }

  @Test
  void valuesShorterThanTheMinimumAreNotRedacted() {
    Secrets.add("q");
    Secrets.add("zqj");
    Secrets.add("zqjw");
    assertEquals(4, Secrets.MIN_LENGTH);
    // a one-letter secret would otherwise cut every q out of every line
    assertEquals("quit quickly zqj <secret>", Secrets.redact("quit quickly zqj zqjw"));
    assertEquals("time=2026-11-22T03:48:01.123Z level=info msg=\"quiet queue\" q=q",
        Log.line(Format.LOGFMT, TIME, Level.INFO, "quiet queue", "q", "q"));
  }

  @Test
  void logfmtAndJsonLinesRedactMessageAndValuesBeforeEscaping() {
    String secret = "s3cr\"et\nvalue";
    Secrets.add(secret);
    assertEquals("time=2026-11-22T03:48:01.123Z level=warn msg=\"Collector failed <secret>\" collector=db"
            + " err=\"SQLException: bad password <secret>\"",
        Log.line(Format.LOGFMT, TIME, Level.WARN, "Collector failed " + secret, "collector", "db",
            "err", "SQLException: bad password " + secret));
    assertEquals("{\"time\":\"2026-11-22T03:48:01.123Z\",\"level\":\"warn\",\"msg\":\"<secret>\",\"err\":\"x <secret>\"}",
        Log.line(Format.JSON, TIME, Level.WARN, secret, "err", "x " + secret));
  }
}
