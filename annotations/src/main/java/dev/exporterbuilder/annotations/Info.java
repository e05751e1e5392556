package dev.exporterbuilder.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An info metric: one series {@code <name>_info{...} 1} whose labels describe the target, such as a
 * version or a model. The member returns a record, each component a label ({@link Label} renames
 * one), or a {@code Map<String, String>} of label names to values; null means no sample. The
 * {@code _info} suffix is added: never write it.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.METHOD, ElementType.FIELD})
public @interface Info {

  /** The metric name before {@code _info}; empty means the member name in snake_case. */
  String name() default "";

  /** What the labels describe; one line, required. */
  String help();
}
