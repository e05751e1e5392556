package dev.exporterbuilder.runtime;

import dev.exporterbuilder.runtime.process.FailureLog;

/**
 * Receives the failures of single metric members during one collection: what
 * {@link ExporterCollector#collect(MemberErrors)} reports to instead of throwing, so that one failed
 * member costs only its own samples.
 *
 * <p>A collector written by hand implements {@code collect(MemberErrors)} and calls
 * {@link #failed} for each member it could not read, then returns the samples it has. The runtime
 * passes one that logs the run's failures when it ends, one line per cause naming the members it
 * cost (rate limited), and makes that scrape report {@code <ns>_scrape_collector_success 0} for the
 * collector; {@link ExporterCollector#collect()} logs the same way in a plain client_java registry.
 */
@FunctionalInterface
public interface MemberErrors {

  /**
   * Called once per failed member.
   *
   * @param member the member as the author wrote it, such as {@code "temperature()"} or {@code "readErrors"}
   * @param cause what the member threw (an exception, a missing class, a failed assertion), or why
   *     its value was rejected
   */
  void failed(String member, Throwable cause);

  /**
   * Logs each failure at once as one WARN line naming {@code collector}, the member and the
   * exception, rate limited per member and exception class.
   */
  static MemberErrors logging(String collector) {
    return (member, cause) -> FailureLog.memberFailed(collector, member, cause);
  }
}
