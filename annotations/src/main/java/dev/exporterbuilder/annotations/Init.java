package dev.exporterbuilder.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the method of an {@link Exporter} or {@link Collector} class that the generated {@code Main}
 * calls once, after the command line is parsed and every {@link Flag} field is set, before the
 * server listens: the place to open connections with the flags' values (a constructor runs before
 * the flags are parsed and sees their defaults). The exporter class's method runs first, then each
 * enabled collector's in the order the exporter lists them; a disabled collector's never runs.
 *
 * <p>The method is not private, takes no parameters, and may throw: an exception stops start-up
 * with one error line naming the method and exit status 1, after the objects already initialised
 * are closed. A class with an {@code @Init} method that is {@link AutoCloseable} is closed at
 * shutdown, as is any {@link AutoCloseable} collector or exporter class: last initialised first.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Init {}
