package dev.exporterbuilder.runtime.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.exporterbuilder.runtime.MemberErrors;
import dev.exporterbuilder.runtime.StderrCapture;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FailureLogTest {

  private final AtomicLong now = new AtomicLong(TimeUnit.HOURS.toNanos(5));
  private final FailureLog failures = new FailureLog(now::get);

  @BeforeEach
  void defaultLogSettings() {
    Log.configure(Log.Level.INFO, Log.Format.LOGFMT);
  }

  private void advanceSeconds(long seconds) {
    now.addAndGet(TimeUnit.SECONDS.toNanos(seconds));
  }

  @Test
  void oneWarnLineNamingCollectorMemberAndException() {
    try (StderrCapture err = new StderrCapture()) {
      failures.report("thermal", "temperature()", new IOException("no such file"));
      List<String> lines = err.lines();
      assertEquals(1, lines.size(), err.text());
      assertTrue(lines.get(0).matches("time=\\S+ level=warn msg=\"Collector member failed\" collector=thermal"
          + " member=temperature\\(\\) err=\"IOException: no such file\""), lines.get(0));
    }
  }

  @Test
  void repeatedFailuresAreRateLimitedPerMember() {
    try (StderrCapture err = new StderrCapture()) {
      failures.report("thermal", "temperature()", new IOException("first"));
      advanceSeconds(15);
      failures.report("thermal", "temperature()", new IOException("second"));
      advanceSeconds(15);
      failures.report("thermal", "temperature()", new IOException("third"));
      failures.report("thermal", "fan()", new IOException("other member"));
      failures.report("cpu", "temperature()", new IOException("other collector"));
      assertEquals(3, err.lines().size(), err.text());
      advanceSeconds(29);
      failures.report("thermal", "temperature()", new IOException("fourth"));
      assertEquals(3, err.lines().size(), err.text());
      advanceSeconds(1);
      failures.report("thermal", "temperature()", new IOException("fifth"));
      List<String> lines = err.lines();
      assertEquals(4, lines.size(), err.text());
      assertTrue(lines.get(3).endsWith("member=temperature() err=\"IOException: fifth\" suppressed=3"), lines.get(3));
      advanceSeconds(60);
      failures.report("thermal", "temperature()", new IOException("sixth"));
      assertTrue(err.lines().get(4).endsWith("err=\"IOException: sixth\""), err.text());
    }
  }

  @Test
  void droppedSamplesAreOneWarnLineNamingTheKeyRateLimitedApartFromFailures() {
    try (StderrCapture err = new StderrCapture()) {
      failures.reportDropped("meminfo", "sizes()", "()", "it has no letter, digit or _ to name a family by");
      failures.reportDropped("meminfo", "sizes()", "Active_anon", "its name is taken");
      failures.report("meminfo", "sizes()", new IOException("a failure is logged apart"));
      List<String> lines = err.lines();
      assertEquals(2, lines.size(), err.text());
      assertTrue(lines.get(0).matches("time=\\S+ level=warn msg=\"Sample dropped\" collector=meminfo member=sizes\\(\\)"
          + " key=\\(\\) reason=\"it has no letter, digit or _ to name a family by\""), lines.get(0));
      advanceSeconds(60);
      failures.reportDropped("meminfo", "sizes()", "Active_anon", "its name is taken");
      assertTrue(err.lines().get(2).endsWith("key=Active_anon reason=\"its name is taken\" suppressed=1"), err.text());
    }
  }

  @Test
  void neverAStackTrace() {
    try (StderrCapture err = new StderrCapture()) {
      failures.report("thermal", FailureLog.WHOLE_COLLECTOR, new IllegalStateException("boom\nmore", new IOException("cause")));
      assertEquals(1, err.lines().size(), err.text());
      assertTrue(err.text().contains("member=* err=\"IllegalStateException: boom\\nmore\""), err.text());
      assertFalse(err.text().contains("\tat "), err.text());
    }
  }

  @Test
  void describesExceptions() {
    assertEquals("IOException: gone", FailureLog.describe(new IOException("gone")));
    assertEquals("NullPointerException", FailureLog.describe(new NullPointerException()));
    assertEquals("StackOverflowError", FailureLog.describe(new StackOverflowError()));
    RuntimeException anonymous = new RuntimeException("anon") { private static final long serialVersionUID = 1L; };
    assertEquals(anonymous.getClass().getName() + ": anon", FailureLog.describe(anonymous));
  }

  @Test
  void loggingMemberErrorsGoThroughTheSharedLog() {
    String collector = "logging-" + System.nanoTime();
    try (StderrCapture err = new StderrCapture()) {
      MemberErrors errors = MemberErrors.logging(collector);
      errors.failed("value()", new IOException("down"));
      errors.failed("value()", new IOException("down again"));
      assertEquals(1, err.lines().size(), err.text());
      assertTrue(err.text().contains("collector=" + collector + " member=value() err=\"IOException: down\""), err.text());
    }
  }
}
