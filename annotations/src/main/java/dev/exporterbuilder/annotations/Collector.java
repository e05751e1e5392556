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
   * serve the last result. Empty: collect on every scrape.
   */
  String cache() default "";

  /** A Go-syntax duration bounding one collection. Empty: bounded only by the scrape's timeout. */
  String timeout() default "";
}
