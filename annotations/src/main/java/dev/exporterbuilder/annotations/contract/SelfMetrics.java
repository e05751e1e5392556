package dev.exporterbuilder.annotations.contract;

import java.util.List;

/**
 * The metric families the runtime serves for itself, each after the exporter's namespace and an
 * underscore (so {@code queue_scrape_collector_success} for namespace {@code queue}). An author's
 * metric must not take these names; the processor refuses it at compile time.
 */
public final class SelfMetrics {

  /** {@code <ns>_scrape_collector_duration_seconds{collector}}: how long each collector took. */
  public static final String COLLECTOR_DURATION = "scrape_collector_duration_seconds";

  /** {@code <ns>_scrape_collector_success{collector}}: 1 if the collector succeeded. */
  public static final String COLLECTOR_SUCCESS = "scrape_collector_success";

  /** {@code <ns>_scrape_collector_cache_age_seconds{collector}}: the age of a cached collector's samples. */
  public static final String COLLECTOR_CACHE_AGE = "scrape_collector_cache_age_seconds";

  /**
   * {@code <ns>_scrape_collector_dropped_samples_total{collector}}: a counter of the samples of
   * families named from data that were dropped, their name being invalid or taken. This is the
   * counter's name without the {@code _total} the exposition adds.
   */
  public static final String COLLECTOR_DROPPED_SAMPLES = "scrape_collector_dropped_samples";

  /** {@code <ns>_exporter_build_info{version,revision,javaversion} 1}. */
  public static final String BUILD_INFO = "exporter_build_info";

  /** All of them, the dropped-samples counter also as exposed. */
  public static final List<String> NAMES = List.of(COLLECTOR_DURATION, COLLECTOR_SUCCESS, COLLECTOR_CACHE_AGE,
      COLLECTOR_DROPPED_SAMPLES, COLLECTOR_DROPPED_SAMPLES + "_total", BUILD_INFO);

  private SelfMetrics() {}
}
