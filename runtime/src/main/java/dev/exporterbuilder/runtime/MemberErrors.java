package dev.exporterbuilder.runtime;

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
   * Called once per sample dropped because the family a key names could not be served: the
   * sample of a family named from data ({@code {key}} in the name) whose key yields an invalid name,
   * a name reserved for another type's series, or a name the collector has taken already. A dropped
   * key is data, not a failure: the member's other samples are served.
   *
   * <p>This default reports it as a failure of {@code member}, naming the key; the exporter runtime
   * instead counts it in {@code <ns>_scrape_collector_dropped_samples_total} and logs it, leaving
   * the collector's success at 1.
   *
   * @param member the member as the author wrote it, such as {@code "sizes()"}
   * @param key the key as the member returned it
   * @param reason why its family cannot be served
   */
  default void dropped(String member, String key, String reason) {
    failed(member, new IllegalArgumentException("sample of key \"" + key + "\" dropped: " + reason));
  }
}
