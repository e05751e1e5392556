package dev.exporterbuilder.runtime.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.exporterbuilder.runtime.StderrCapture;
import dev.exporterbuilder.runtime.process.Log.Format;
import dev.exporterbuilder.runtime.process.Log.Level;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class LogTest {

  private static final Instant TIME = Instant.parse("2026-11-22T03:48:01.123Z");

  @AfterEach
  void restoreDefaults() {
    Log.configure(Level.INFO, Format.LOGFMT);
  }

  @Test
  void logfmtLine() {
    assertEquals("time=2026-11-22T03:48:01.123Z level=info msg=\"Listening on\" address=127.0.0.1:9100",
        Log.line(Format.LOGFMT, TIME, Level.INFO, "Listening on", "address", "127.0.0.1:9100"));
  }

  @Test
  void logfmtQuotesOnlyWhatNeedsIt() {
    assertEquals("time=2026-11-22T03:48:01.123Z level=warn msg=Plain a=simple b=\"two words\" c=\"k=v\" d=\"say \\\"hi\\\"\""
            + " e=\"\" f=C:\\dir g=\"a\\\\b c\" n=3",
        Log.line(Format.LOGFMT, TIME, Level.WARN, "Plain",
            "a", "simple", "b", "two words", "c", "k=v", "d", "say \"hi\"", "e", "", "f", "C:\\dir", "g", "a\\b c", "n", 3));
  }

  @Test
  void logfmtKeepsMultiLineValuesOnOneLine() {
    String line = Log.line(Format.LOGFMT, TIME, Level.ERROR, "first\nsecond",
        "err", "IOException: line one\r\nline two\tthen\u0007bell\u2028sep");
    assertEquals("time=2026-11-22T03:48:01.123Z level=error msg=\"first\\nsecond\""
        + " err=\"IOException: line one\\r\\nline two\\tthen\\u0007bell\\u2028sep\"", line);
    assertEquals(1, line.lines().count());
  }

  @Test
  void jsonLine() {
    assertEquals("{\"time\":\"2026-11-22T03:48:01.123Z\",\"level\":\"info\",\"msg\":\"Listening on\",\"address\":\"127.0.0.1:9100\"}",
        Log.line(Format.JSON, TIME, Level.INFO, "Listening on", "address", "127.0.0.1:9100"));
  }

  @Test
  void jsonEscapesAndKeepsNumbers() {
    String line = Log.line(Format.JSON, TIME, Level.WARN, "Collector member failed",
        "err", "say \"hi\"\\ \n\t\u0001", "suppressed", 4L, "ok", true, "ratio", 0.5);
    assertEquals("{\"time\":\"2026-11-22T03:48:01.123Z\",\"level\":\"warn\",\"msg\":\"Collector member failed\","
        + "\"err\":\"say \\\"hi\\\"\\\\ \\n\\t\\u0001\",\"suppressed\":4,\"ok\":true,\"ratio\":\"0.5\"}", line);
    assertEquals(1, line.lines().count());
  }

  @Test
  void levelsBelowTheThresholdAreDropped() {
    try (StderrCapture err = new StderrCapture()) {
      Log.configure(Level.WARN, Format.LOGFMT);
      Log.debug("d");
      Log.info("i");
      Log.warn("w", "k", "v");
      Log.error("e");
      List<String> lines = err.lines();
      assertEquals(2, lines.size(), err.text());
      assertTrue(lines.get(0).matches("time=\\S+Z level=warn msg=w k=v"), lines.get(0));
      assertTrue(lines.get(1).endsWith(" level=error msg=e"), lines.get(1));
    }
  }

  @Test
  void debugIsShownAtDebugLevel() {
    try (StderrCapture err = new StderrCapture()) {
      Log.configure(Level.DEBUG, Format.JSON);
      Log.debug("details", "n", 1);
      assertTrue(err.text().endsWith("\"level\":\"debug\",\"msg\":\"details\",\"n\":1}\n"), err.text());
      assertFalse(Log.enabled(Level.DEBUG) && !Log.enabled(Level.ERROR));
    }
  }
}
