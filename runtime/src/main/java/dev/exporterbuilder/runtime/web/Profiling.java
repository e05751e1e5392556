package dev.exporterbuilder.runtime.web;

import com.sun.net.httpserver.HttpExchange;
import dev.exporterbuilder.runtime.http.Http;
import dev.exporterbuilder.runtime.process.FailureLog;
import dev.exporterbuilder.runtime.process.Log;
import dev.exporterbuilder.runtime.scrape.MetricsEndpoint;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.LockInfo;
import java.lang.management.ManagementFactory;
import java.lang.management.MonitorInfo;
import java.lang.management.ThreadInfo;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Semaphore;
import jdk.jfr.Configuration;
import jdk.jfr.Recording;

/**
 * The JVM's answer to Go's pprof, served with {@code --profiling}: {@value #THREADS_PATH} (every
 * thread's stack, as jstack prints it) and {@value #JFR_PATH}{@code ?seconds=N} (a Java Flight
 * Recorder recording of N seconds with the "profile" settings, for {@code jfr print} or JDK
 * Mission Control).
 *
 * <p>The recording leaves out the events that copy the process's environment and command line
 * ({@link #PRIVATE_EVENTS}), where secret flags may be: unlike text responses, a recording is
 * binary and cannot be redacted afterwards.
 */
public final class Profiling {

  static final String THREADS_PATH = "/debug/threads";
  static final String JFR_PATH = "/debug/jfr";
  static final int DEFAULT_SECONDS = 10;
  static final int MAX_SECONDS = 300;

  /**
   * Events that hold the environment variables, the JVM's and the program's arguments, system
   * properties such as {@code sun.java.command}, or the command lines of processes (this one's
   * among them, from {@code /proc}).
   */
  static final List<String> PRIVATE_EVENTS = List.of(
      "jdk.InitialEnvironmentVariable", "jdk.InitialSystemProperty", "jdk.JVMInformation", "jdk.SystemProcess",
      "jdk.ProcessStart");

  /** One recording at a time: each holds an HTTP worker for its duration. */
  private final Semaphore recording = new Semaphore(1);

  private Profiling() {}

  public static Profiling create() {
    return new Profiling();
  }

  void threads(HttpExchange exchange) throws IOException {
    ThreadInfo[] threads = ManagementFactory.getThreadMXBean().dumpAllThreads(true, true);
    StringBuilder out = new StringBuilder(threads.length * 1024);
    for (ThreadInfo thread : threads) {
      appendThread(out, thread);
    }
    Http.sendText(exchange, 200, out.toString());
  }

  /** One thread as jstack writes it, with the whole stack (ThreadInfo.toString stops at 8 frames). */
  static void appendThread(StringBuilder out, ThreadInfo thread) {
    out.append('"').append(thread.getThreadName()).append("\" #").append(thread.getThreadId());
    if (thread.isDaemon()) {
      out.append(" daemon");
    }
    out.append(" prio=").append(thread.getPriority()).append(' ').append(thread.getThreadState());
    if (thread.getLockName() != null) {
      out.append(" on ").append(thread.getLockName());
    }
    if (thread.getLockOwnerName() != null) {
      out.append(" owned by \"").append(thread.getLockOwnerName()).append("\" #").append(thread.getLockOwnerId());
    }
    out.append('\n');
    StackTraceElement[] stack = thread.getStackTrace();
    MonitorInfo[] monitors = thread.getLockedMonitors();
    for (int depth = 0; depth < stack.length; depth++) {
      out.append("\tat ").append(stack[depth]).append('\n');
      for (MonitorInfo monitor : monitors) {
        if (monitor.getLockedStackDepth() == depth) {
          out.append("\t- locked ").append(monitor).append('\n');
        }
      }
    }
    LockInfo[] synchronizers = thread.getLockedSynchronizers();
    if (synchronizers.length > 0) {
      out.append("\tLocked synchronizers:\n");
      for (LockInfo synchronizer : synchronizers) {
        out.append("\t- ").append(synchronizer).append('\n');
      }
    }
    out.append('\n');
  }

  void jfr(HttpExchange exchange) throws IOException {
    int seconds;
    try {
      seconds = seconds(Http.queryParameters(exchange.getRequestURI().getRawQuery()));
    } catch (IllegalArgumentException e) {
      Http.sendText(exchange, 400, e.getMessage() + "\n");
      return;
    }
    if (!recording.tryAcquire()) {
      Http.sendText(exchange, 409, "A recording is already running; try again when it ends.\n");
      return;
    }
    Path file = null;
    try (Recording jfr = new Recording(settings())) {
      jfr.setName("exporter-debug");
      jfr.setToDisk(true);
      jfr.setMaxAge(Duration.ofSeconds(seconds + 60L));
      jfr.start();
      Thread.sleep(seconds * 1000L);
      jfr.stop();
      file = Files.createTempFile("exporter-", ".jfr");
      jfr.dump(file);
      exchange.getResponseHeaders().set("Content-Type", "application/octet-stream");
      exchange.getResponseHeaders().set("Content-Disposition", "attachment; filename=\"exporter.jfr\"");
      long size = Files.size(file);
      if (Http.isHead(exchange)) {
        exchange.sendResponseHeaders(200, -1);
        return;
      }
      exchange.sendResponseHeaders(200, size);
      try (OutputStream body = exchange.getResponseBody()) {
        Files.copy(file, body);
      }
    } catch (IOException e) {
      if (Http.responseStarted(exchange)) {
        Log.debug("Recording not delivered", "err", FailureLog.describe(e)); // the client went away
      } else {
        MetricsEndpoint.failed(exchange, e);
      }
    } catch (ParseException | IllegalStateException | SecurityException e) {
      MetricsEndpoint.failed(exchange, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      Http.sendText(exchange, 503, "Shutting down.\n");
    } finally {
      recording.release();
      if (file != null) {
        Files.deleteIfExists(file);
      }
    }
  }

  /** The "profile" settings without {@link #PRIVATE_EVENTS}. */
  static Map<String, String> settings() throws IOException, ParseException {
    Map<String, String> settings = new HashMap<>(Configuration.getConfiguration("profile").getSettings());
    for (String event : PRIVATE_EVENTS) {
      settings.put(event + "#enabled", "false");
    }
    return settings;
  }

  /** {@code seconds=N}, 1 to {@value #MAX_SECONDS}; {@value #DEFAULT_SECONDS} when absent. */
  static int seconds(Map<String, List<String>> parameters) {
    List<String> values = parameters.get("seconds");
    if (values == null || values.isEmpty()) {
      return DEFAULT_SECONDS;
    }
    try {
      int seconds = Integer.parseInt(values.get(values.size() - 1).strip());
      if (seconds >= 1 && seconds <= MAX_SECONDS) {
        return seconds;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException("seconds must be a whole number from 1 to " + MAX_SECONDS + ", not \""
        + values.get(values.size() - 1) + "\"");
  }
}
