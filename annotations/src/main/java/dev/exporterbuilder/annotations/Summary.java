package dev.exporterbuilder.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A summary: a count, a sum and quantiles of observations. It annotates either
 *
 * <ul>
 *   <li>a field of client_java's {@code io.prometheus.metrics.core.metrics.Summary} ("direct
 *       instrumentation"): the generated collector builds it from this annotation before the first
 *       scrape, and the author's code observes values with it; or
 *   <li>a scrape-time member returning {@code dev.exporterbuilder.runtime.ConstSummary}, quantiles
 *       another system has already computed (alone, as the values of a {@code Map} with one label,
 *       or as the value component of {@code @Label} records); {@link #quantiles()} is then not
 *       allowed, as each value carries its own.
 * </ul>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.METHOD, ElementType.FIELD})
public @interface Summary {

  /** The metric name after the namespace and subsystem; empty means the member name in snake_case. */
  String name() default "";

  /** What is observed; one line, required. */
  String help();

  /** The base unit of the observations, such as {@code "seconds"}; appended to the name unless already there. */
  String unit() default "";

  /**
   * Label names: for a client_java field, the author's code passes the values with
   * {@code labelValues(...)}; for a {@code Map} member, the one label of its keys.
   */
  String[] labels() default {};

  /** Quantiles a client_java field computes, each between 0 and 1 exclusive, such as {@code {0.5, 0.9, 0.99}}. */
  double[] quantiles() default {};
}
