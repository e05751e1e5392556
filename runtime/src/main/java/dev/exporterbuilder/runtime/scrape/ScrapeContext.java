package dev.exporterbuilder.runtime.scrape;

import io.prometheus.metrics.model.registry.PrometheusScrapeRequest;
import java.util.Set;

/**
 * What one HTTP scrape asks of the collectors beyond client_java's own request handling: a deadline
 * (from {@code X-Prometheus-Scrape-Timeout-Seconds}) and the collectors to run (from
 * {@code collect[]} / {@code exclude[]}). The metrics endpoint puts it in the request it hands
 * client_java's scrape handler, which passes that request through the registry to
 * {@link ScrapeCollector#collect(PrometheusScrapeRequest)}.
 *
 * @param deadlineNanos on the {@link System#nanoTime()} clock; {@link CollectorRunner#NO_DEADLINE} for none
 * @param collectors the collectors to run; null for all enabled ones
 */
record ScrapeContext(long deadlineNanos, Set<String> collectors) {

  /** A scrape without a deadline or a filter: a registry scraped by hand, or a test. */
  static final ScrapeContext NONE = new ScrapeContext(CollectorRunner.NO_DEADLINE, null);

  /** The context {@code request} carries; {@link #NONE} for a request that did not come through the metrics endpoint. */
  static ScrapeContext of(PrometheusScrapeRequest request) {
    return request instanceof ScrapeExchange.Request scrape && scrape.attachment() instanceof ScrapeContext context
        ? context : NONE;
  }

  boolean includes(String collector) {
    return collectors == null || collectors.contains(collector);
  }
}
