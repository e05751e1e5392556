package dev.exporterbuilder.runtime;

import java.util.Set;

/**
 * What one HTTP scrape asks of the collectors beyond client_java's own request handling: a deadline
 * (from {@code X-Prometheus-Scrape-Timeout-Seconds}) and the collectors to run (from
 * {@code collect[]} / {@code exclude[]}). client_java's scrape handler calls the registry on the
 * request's thread, so the metrics endpoint hands these to {@link ScrapeCollector} in a thread local.
 *
 * @param deadlineNanos on the {@link System#nanoTime()} clock; {@link CollectorRunner#NO_DEADLINE} for none
 * @param collectors the collectors to run; null for all enabled ones
 */
record ScrapeContext(long deadlineNanos, Set<String> collectors) {

  /** A scrape without a deadline or a filter: a registry scraped by hand, or a test. */
  static final ScrapeContext NONE = new ScrapeContext(CollectorRunner.NO_DEADLINE, null);

  private static final ThreadLocal<ScrapeContext> CURRENT = new ThreadLocal<>();

  /** The context of the scrape this thread is serving. */
  static ScrapeContext current() {
    ScrapeContext context = CURRENT.get();
    return context == null ? NONE : context;
  }

  /** Makes this the context of the scrape this thread serves, until the returned scope is closed. */
  Scope enter() {
    ScrapeContext previous = CURRENT.get();
    CURRENT.set(this);
    return () -> {
      if (previous == null) {
        CURRENT.remove();
      } else {
        CURRENT.set(previous);
      }
    };
  }

  /** Ends a scrape's context. */
  interface Scope extends AutoCloseable {
    @Override
    void close();
  }

  boolean includes(String collector) {
    return collectors == null || collectors.contains(collector);
  }
}
