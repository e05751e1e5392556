package dev.exporterbuilder.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a class whose metric members ({@link Gauge}, {@link Counter}) form one collector: a unit
 * that is enabled or disabled with {@code --collector.<name>} and reported on by
 * {@code <namespace>_scrape_collector_success{collector="<name>"}}. The processor writes
 * {@code <SimpleName>Collector} beside it, a client_java {@code MultiCollector}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Collector {

  /** The collector's name; empty means the simple class name in snake_case. */
  String name() default "";

  /** A second prefix of the metric names, after the namespace; empty for none. */
  String subsystem() default "";

  /** Whether the collector runs unless {@code --no-collector.<name>} is given. */
  boolean enabledByDefault() default true;

  /**
   * A Go-syntax duration such as {@code "30s"}: collect in the background at this interval and
   * serve the last result, for collectors too slow or too costly to run on every scrape. The HELP
   * text of each metric says so, {@code <namespace>_scrape_collector_cache_age_seconds} tells how
   * old the served result is, and the first scrape waits for the first result (up to
   * {@link #timeout()}, or 10 seconds without one). Empty: collect on every scrape.
   */
  String cache() default "";

  /**
   * A Go-syntax duration bounding one collection. A collection that overruns counts as failed
   * ({@code _scrape_collector_success} 0), its late result is discarded, and the collector is not
   * started again until it has ended: a hung backend costs one thread, not one per scrape. Empty:
   * bounded only by the scrape's own timeout.
   */
  String timeout() default "";
}
