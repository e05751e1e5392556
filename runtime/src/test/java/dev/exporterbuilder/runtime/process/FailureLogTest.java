package dev.exporterbuilder.runtime.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.exporterbuilder.runtime.ExporterCollector;
import dev.exporterbuilder.runtime.StderrCapture;
import io.prometheus.metrics.model.snapshots.MetricSnapshots;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
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

  /** One run of {@code collector} in which each of {@code members} failed, each with its own exception of one message. */
  private void run(String collector, List<String> members, String message) {
    RunFailures run = new RunFailures(collector, failures);
    for (String member : members) {
      run.failed(member, new NoSuchFileException(message));
    }
    run.log();
  }

  private static List<String> members(int count) {
    return IntStream.rangeClosed(1, count).mapToObj(i -> "field" + i + "()").toList();
  }

  @Test
  void membersFailingWithOneCauseMakeOneLineWithTheirCountAndNames() {
    try (StderrCapture err = new StderrCapture()) {
      run("meminfo", members(3), "/nonexistent/meminfo");
      List<String> lines = err.lines();
      assertEquals(1, lines.size(), err.text());
      assertTrue(lines.get(0).matches("time=\\S+ level=warn msg=\"Collector failed\" collector=meminfo members=3"
          + " failed=\"field1\\(\\), field2\\(\\), field3\\(\\)\" err=\"NoSuchFileException: /nonexistent/meminfo\""),
          lines.get(0));
    }
  }

  @Test
  void theMemberListIsCappedAndTheRestCounted() {
    try (StderrCapture err = new StderrCapture()) {
      run("meminfo", members(30), "/nonexistent/meminfo");
      assertEquals(1, err.lines().size(), err.text());
      assertTrue(err.text().contains(" members=30 failed=\"field1(), field2(), field3(), field4(), field5(), field6(),"
          + " field7(), field8() and 22 more\" err="), err.text());
    }
  }

  @Test
  void eachCauseOfARunGetsItsOwnLine() {
    try (StderrCapture err = new StderrCapture()) {
      RunFailures run = new RunFailures("stat", failures);
      run.failed("ctxt()", new IOException("read error"));
      run.failed("load()", new IllegalStateException("no reading yet"));
      run.failed("forks()", new IOException("read error"));
      run.failed("cpus()", new IOException("another read error"));
      assertTrue(run.any());
      assertEquals(0, err.lines().size(), "nothing is logged before the run ends: " + err.text());
      run.log();
      List<String> lines = err.lines();
      assertEquals(3, lines.size(), err.text());
      assertTrue(lines.get(0).endsWith("members=2 failed=\"ctxt(), forks()\" err=\"IOException: read error\""),
          lines.get(0));
      assertTrue(lines.get(1).endsWith("members=1 failed=load() err=\"IllegalStateException: no reading yet\""),
          lines.get(1));
      assertTrue(lines.get(2).endsWith("members=1 failed=cpus() err=\"IOException: another read error\""),
          lines.get(2));
    }
  }

  @Test
  void aRunWithoutFailuresLogsNothing() {
    try (StderrCapture err = new StderrCapture()) {
      RunFailures run = new RunFailures("stat", failures);
      assertFalse(run.any());
      run.log();
      assertEquals("", err.text());
    }
  }

  @Test
  void repeatedFailuresAreRateLimitedPerCollectorAndCause() {
    try (StderrCapture err = new StderrCapture()) {
      run("meminfo", members(12), "first");
      advanceSeconds(15);
      run("meminfo", members(12), "second"); // another message of the same cause: still limited
      advanceSeconds(15);
      run("meminfo", members(12), "third");
      run("meminfo", members(2), "fewer members"); // another set of members: another cause
      run("netdev", members(12), "other collector");
      assertEquals(3, err.lines().size(), err.text());
      advanceSeconds(29);
      run("meminfo", members(12), "fourth");
      assertEquals(3, err.lines().size(), err.text());
      advanceSeconds(1);
      run("meminfo", members(12), "fifth");
      List<String> lines = err.lines();
      assertEquals(4, lines.size(), err.text());
      assertTrue(lines.get(3).endsWith("members=12 failed=\"field1(), field2(), field3(), field4(), field5(),"
          + " field6(), field7(), field8() and 4 more\" err=\"NoSuchFileException: fifth\" suppressed=3"), lines.get(3));
      advanceSeconds(60);
      run("meminfo", members(12), "sixth");
      assertTrue(err.lines().get(4).endsWith("err=\"NoSuchFileException: sixth\""), err.text());
    }
  }

  @Test
  void droppedSamplesAreOneWarnLineNamingTheKeyRateLimitedApartFromFailures() {
    try (StderrCapture err = new StderrCapture()) {
      failures.reportDropped("meminfo", "sizes()", "()", "it has no letter, digit or _ to name a family by");
      failures.reportDropped("meminfo", "sizes()", "Active_anon", "its name is taken");
      failures.reportMembers("meminfo", List.of("sizes()"), new IOException("a failure is logged apart"));
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
  void aWholeCollectorFailureNamesNoMemberAndNeverAStackTrace() {
    try (StderrCapture err = new StderrCapture()) {
      failures.reportCollector("thermal", new IllegalStateException("boom\nmore", new IOException("cause")));
      assertEquals(1, err.lines().size(), err.text());
      assertTrue(err.lines().get(0).matches("time=\\S+ level=warn msg=\"Collector failed\" collector=thermal"
          + " err=\"IllegalStateException: boom\\\\nmore\""), err.text());
      assertFalse(err.text().contains("\tat "), err.text());
    }
  }

  @Test
  void asJsonTheCountIsANumber() {
    Log.configure(Log.Level.INFO, Log.Format.JSON);
    try (StderrCapture err = new StderrCapture()) {
      run("meminfo", members(2), "/nonexistent/meminfo");
      assertEquals(1, err.lines().size(), err.text());
      assertTrue(err.text().contains("\"msg\":\"Collector failed\",\"collector\":\"meminfo\",\"members\":2,"
          + "\"failed\":\"field1(), field2()\",\"err\":\"NoSuchFileException: /nonexistent/meminfo\"}"), err.text());
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
  void aHandRegisteredCollectorLogsOneLinePerCauseOfEachCollect() {
    ExporterCollector meminfo = errors -> {
      for (String member : List.of("memTotal()", "memFree()", "buffers()")) {
        errors.failed(member, new NoSuchFileException("/nonexistent/meminfo"));
      }
      return MetricSnapshots.of();
    };
    try (StderrCapture err = new StderrCapture()) {
      assertEquals(0, meminfo.collect().size());
      assertEquals(1, err.lines().size(), err.text());
      assertTrue(err.text().contains("collector=" + meminfo.getClass().getName() + " members=3"
          + " failed=\"memTotal(), memFree(), buffers()\" err=\"NoSuchFileException: /nonexistent/meminfo\""), err.text());
    }
  }
}
