package dev.exporterbuilder.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A histogram: observations counted into buckets. In this release it annotates a field of
 * client_java's {@code io.prometheus.metrics.core.metrics.Histogram} ("direct instrumentation"):
 * the generated collector builds the histogram from this annotation before the first scrape, and
 * the author's code observes values with it.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.METHOD, ElementType.FIELD})
public @interface Histogram {

  /** The metric name after the namespace and subsystem; empty means the member name in snake_case. */
  String name() default "";

  /** What is observed; one line, required. */
  String help();

  /** The base unit of the observations, such as {@code "seconds"}; appended to the name unless already there. */
  String unit() default "";

  /** Label names; the author's code passes the values with {@code labelValues(...)}. */
  String[] labels() default {};

  /** Bucket upper bounds, ascending; empty means client_java's defaults. */
  double[] buckets() default {};
}
