package dev.exporterbuilder.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A counter: a value that only goes up, read on every scrape. The exposed name ends in
 * {@code _total}, which client_java adds: never write it yourself.
 *
 * <p>On a non-private method without parameters or a non-private field, static or not, of a
 * {@link Collector} or {@link Exporter} class. On a non-private, non-final field of client_java's
 * {@code io.prometheus.metrics.core.metrics.Counter} ("direct instrumentation") the generated
 * collector builds the metric from this annotation, and the author's code updates it. The member's type is a number, a box, {@code Number},
 * a boolean, an {@code Optional{Double,Long,Int}}, an atomic or an adder.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.METHOD, ElementType.FIELD})
public @interface Counter {

  /**
   * The metric name after the namespace and subsystem; empty means the member name in snake_case,
   * with a getter's {@code get}/{@code is} dropped. A name that holds {@code {key}} once names one
   * family per key: the member returns a {@code Map<String, V>} whose values are what the member
   * could return without {@code {key}}, and each key, made a name part by {@link #keyCase()}, takes
   * the place of {@code {key}} (in {@link #help()} too).
   */
  String name() default "";

  /** What the metric measures; one line, required. */
  String help();

  /**
   * The base unit, such as {@code "seconds"}, {@code "bytes"}, {@code "celsius"} or
   * {@code "ratio"}; appended to the name unless the name already ends with it.
   */
  String unit() default "";

  /**
   * The label name for the keys of a member that returns a {@code Map} (exactly one), or the label
   * names of a direct-instrumentation field. Members that return records take their labels from
   * {@link Label} components instead.
   */
  String[] labels() default {};

  /** How each key becomes part of the name when the name holds {@code {key}}; only allowed then. */
  KeyCase keyCase() default KeyCase.SNAKE_CASE;
}
