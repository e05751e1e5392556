package dev.exporterbuilder.runtime.process;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * Reports failed collectors as single WARN lines, never with a stack trace. The members of one run
 * that failed with one cause make one line, with how many they were and which
 * ({@link RunFailures}); a collector that failed as a whole (it timed out, or its run could not
 * start) makes a line without members. At most one line per collector and cause a minute: a
 * collector that fails on every scrape must not flood the log. A cause is the exception's class and
 * the members it cost, so that a message that changes every time (a value, a duration) does not
 * defeat the limit. The first line after a quiet period carries {@code suppressed=<n>}, the number
 * of lines not logged since the previous one. A run ended by a {@link VirtualMachineError} is the
 * exception: one ERROR line each time ({@link #runFailed}). A sample dropped because the family its
 * key names cannot be served is no failure, but is logged the same way, per member
 * ({@link #sampleDropped}).
 *
 * <pre>
 * level=warn msg="Collector failed" collector=meminfo members=2 failed="memTotal(), memFree()" err="NoSuchFileException: /nonexistent/meminfo"
 * level=warn msg="Collector failed" collector=thermal err="TimeoutException: no result within 1.0s"
 * level=warn msg="Sample dropped" collector=meminfo member=sizes() key=() reason="it has no letter, digit or _ to name a family by"
 * </pre>
 */
public final class FailureLog {

  static final long INTERVAL_NANOS = TimeUnit.SECONDS.toNanos(60);

  /** How many member names one line lists; the rest are counted. */
  static final int LISTED_MEMBERS = 8;

  /** The cause type in the {@link Key} of dropped samples, which no exception class has. */
  private static final String DROPPED = "dropped sample";

  private static final FailureLog SHARED = new FailureLog(System::nanoTime);

  private final LongSupplier nanoClock;
  private final ConcurrentMap<Key, Window> windows = new ConcurrentHashMap<>();

  FailureLog(LongSupplier nanoClock) {
    this.nanoClock = nanoClock;
  }

  /** A member of {@code collector} failed, outside any run that groups failures: one line for it alone. */
  public static void memberFailed(String collector, String member, Throwable cause) {
    SHARED.reportMembers(collector, List.of(member), cause);
  }

  /** {@code collector} failed as a whole: no member is named. */
  public static void collectorFailed(String collector, Throwable cause) {
    SHARED.reportCollector(collector, cause);
  }

  /**
   * A run of {@code collector} ended with {@code cause} instead of a result: a
   * {@link VirtualMachineError} is logged at error level every time, as it is no routine failure of
   * one collector; anything else (the run could not start) as {@link #collectorFailed}.
   */
  public static void runFailed(String collector, Throwable cause) {
    if (cause instanceof VirtualMachineError) {
      Log.error("Collector failed with a fatal error", "collector", collector, "err", describe(cause));
    } else {
      collectorFailed(collector, cause);
    }
  }

  /** The shared log, for {@link RunFailures}. */
  static FailureLog shared() {
    return SHARED;
  }

  /** {@code members} of {@code collector} failed with {@code cause} in one run: one line, rate limited. */
  void reportMembers(String collector, Collection<String> members, Throwable cause) {
    Key key = new Key(collector, cause == null ? "" : cause.getClass().getName(), List.copyOf(members));
    log("Collector failed", key, "collector", collector, "members", members.size(), "failed", list(members), "err",
        describe(cause));
  }

  /** {@code collector} failed as a whole: one line without members, rate limited. */
  void reportCollector(String collector, Throwable cause) {
    log("Collector failed", new Key(collector, cause == null ? "" : cause.getClass().getName(), List.of()),
        "collector", collector, "err", describe(cause));
  }

  /**
   * A member of {@code collector} named a family from data, by {@code key}, that cannot be served;
   * its sample was dropped. One line naming the key, rate limited per member apart from failures.
   */
  public static void sampleDropped(String collector, String member, String key, String reason) {
    SHARED.reportDropped(collector, member, key, reason);
  }

  void reportDropped(String collector, String member, String key, String reason) {
    log("Sample dropped", new Key(collector, DROPPED, List.of(member)), "collector", collector, "member", member,
        "key", key, "reason", reason);
  }

  /**
   * A family {@code collector} named from data has a name another collector's family or the
   * runtime's has; its {@code samples} samples were dropped. One line naming the family, rate limited
   * per family apart from failures.
   */
  public static void familyDropped(String collector, String family, int samples, String reason) {
    SHARED.log("Samples dropped", new Key(collector, DROPPED, List.of(family)), "collector", collector,
        "family", family, "samples", samples, "reason", reason);
  }

  private void log(String message, Key key, Object... fields) {
    Window window = windows.computeIfAbsent(key, unused -> new Window());
    long suppressed;
    synchronized (window) {
      long now = nanoClock.getAsLong();
      if (window.logged && now - window.lastLogged < INTERVAL_NANOS) {
        window.suppressed++;
        return;
      }
      window.logged = true;
      window.lastLogged = now;
      suppressed = window.suppressed;
      window.suppressed = 0;
    }
    if (suppressed > 0) {
      List<Object> withCount = new ArrayList<>(List.of(fields));
      withCount.add("suppressed");
      withCount.add(suppressed);
      Log.warn(message, withCount.toArray());
    } else {
      Log.warn(message, fields);
    }
  }

  /** {@code "a(), b(), c()"}, or the first {@value #LISTED_MEMBERS} and {@code "and 4 more"}. */
  static String list(Collection<String> members) {
    StringBuilder out = new StringBuilder();
    int listed = 0;
    for (String member : members) {
      if (listed == LISTED_MEMBERS) {
        return out.append(" and ").append(members.size() - listed).append(" more").toString();
      }
      out.append(listed++ == 0 ? "" : ", ").append(member);
    }
    return out.toString();
  }

  /** {@code "IOException: no such file"}: the class and the message, never a stack trace. */
  public static String describe(Throwable cause) {
    if (cause == null) {
      return "unknown error";
    }
    String type = cause.getClass().getSimpleName().isEmpty() ? cause.getClass().getName() : cause.getClass().getSimpleName();
    String message = cause.getMessage();
    return message == null || message.isEmpty() ? type : type + ": " + message;
  }

  /** What one line is rate limited by: the collector, the exception class, and the members (none: the whole collector). */
  private record Key(String collector, String causeType, List<String> members) {}

  private static final class Window {
    boolean logged;
    long lastLogged;
    long suppressed;
  }
}
