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

  /** {@code <ns>_exporter_build_info{version,revision,javaversion} 1}. */
  public static final String BUILD_INFO = "exporter_build_info";

  /** All of them. */
  public static final List<String> NAMES = List.of(COLLECTOR_DURATION, COLLECTOR_SUCCESS, COLLECTOR_CACHE_AGE, BUILD_INFO);

  private SelfMetrics() {}
}
