package dev.exporterbuilder.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the method that reads what a run's metric members report: it runs once at the start of
 * each run, and its result is passed to the metric members that declare one parameter of its type.
 * In a {@link Probe} it takes the target (and the module) as parameters and runs once per request.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Reading {}
