package dev.exporterbuilder.runtime.process;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * Reports failed members and collectors as single WARN lines, never with a stack trace, at most
 * one line per (collector, member) a minute: a member that fails on every scrape must not flood the
 * log. The first line after a quiet period carries {@code suppressed=<n>}, the number of failures
 * not logged since the previous line. A run ended by a {@link VirtualMachineError} is the exception:
 * one ERROR line each time ({@link #runFailed}).
 *
 * <pre>
 * level=warn msg="Collector member failed" collector=thermal member=temperature() err="IOException: no such file"
 * </pre>
 */
public final class FailureLog {

  /** The member name used when a whole collector threw. */
  static final String WHOLE_COLLECTOR = "*";

  static final long INTERVAL_NANOS = TimeUnit.SECONDS.toNanos(60);

  private static final FailureLog SHARED = new FailureLog(System::nanoTime);

  private final LongSupplier nanoClock;
  private final ConcurrentMap<Key, Window> windows = new ConcurrentHashMap<>();

  FailureLog(LongSupplier nanoClock) {
    this.nanoClock = nanoClock;
  }

  /** A member of {@code collector} failed; see {@code MemberErrors.logging}. */
  public static void memberFailed(String collector, String member, Throwable cause) {
    SHARED.report(collector, member, cause);
  }

  /** {@code collector} threw as a whole (the member is logged as {@value #WHOLE_COLLECTOR}). */
  public static void collectorFailed(String collector, Throwable cause) {
    SHARED.report(collector, WHOLE_COLLECTOR, cause);
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

  void report(String collector, String member, Throwable cause) {
    long suppressed = admit(new Key(collector, member));
    if (suppressed < 0) {
      return;
    }
    if (suppressed > 0) {
      Log.warn("Collector member failed", "collector", collector, "member", member, "err", describe(cause), "suppressed", suppressed);
    } else {
      Log.warn("Collector member failed", "collector", collector, "member", member, "err", describe(cause));
    }
  }

  /**
   * A member of {@code collector} named a family from data, by {@code key}, that cannot be served;
   * its sample was dropped. Rate limited per member, apart from its failures.
   */
  public static void sampleDropped(String collector, String member, String key, String reason) {
    SHARED.reportDropped(collector, member, key, reason);
  }

  void reportDropped(String collector, String member, String key, String reason) {
    long suppressed = admit(new Key(collector, member + " dropped"));
    if (suppressed < 0) {
      return;
    }
    if (suppressed > 0) {
      Log.warn("Sample dropped", "collector", collector, "member", member, "key", key, "reason", reason,
          "suppressed", suppressed);
    } else {
      Log.warn("Sample dropped", "collector", collector, "member", member, "key", key, "reason", reason);
    }
  }

  /** -1 if a line for {@code key} was logged within the interval (counted as suppressed); else how many were suppressed. */
  private long admit(Key key) {
    Window window = windows.computeIfAbsent(key, k -> new Window());
    synchronized (window) {
      long now = nanoClock.getAsLong();
      if (window.logged && now - window.lastLogged < INTERVAL_NANOS) {
        window.suppressed++;
        return -1;
      }
      window.logged = true;
      window.lastLogged = now;
      long suppressed = window.suppressed;
      window.suppressed = 0;
      return suppressed;
    }
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

  private record Key(String collector, String member) {}

  private static final class Window {
    boolean logged;
    long lastLogged;
    long suppressed;
  }
}
