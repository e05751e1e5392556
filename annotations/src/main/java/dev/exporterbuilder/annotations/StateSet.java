package dev.exporterbuilder.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A state set: the member returns an enum, and the metric has one series per constant,
 * {@code <name>{<name>="<CONSTANT>"}}, 1 for the current one and 0 for the others. Null means no
 * sample.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.METHOD, ElementType.FIELD})
public @interface StateSet {

  /** The metric name; empty means the member name in snake_case. */
  String name() default "";

  /** What the state is; one line, required. */
  String help();
}
