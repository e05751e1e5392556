package dev.exporterbuilder.runtime.process;

import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The threads every part of the runtime starts (HTTP workers and listeners, collector workers, the
 * cache scheduler) are daemons, numbered across the process: an exporter ends when its main thread
 * does.
 */
public final class DaemonThreads {

  private static final AtomicInteger NUMBER = new AtomicInteger();

  private DaemonThreads() {}

  /** Daemon threads named {@code <prefix><n>}. */
  public static ThreadFactory named(String prefix) {
    return task -> {
      Thread thread = new Thread(task, prefix + NUMBER.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }
}
