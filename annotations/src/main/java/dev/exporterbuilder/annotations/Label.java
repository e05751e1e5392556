package dev.exporterbuilder.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Makes a record component a label. A metric member that returns a {@code Collection}, an
 * {@code Iterable}, a {@code Stream} or an array of such records yields one sample per element:
 * its {@code @Label} components are the labels, and its one other component is the value.
 *
 * <p>The elements may also be of a class that declares {@code @Label} instance fields or methods
 * without parameters (a getter's {@code get}/{@code is} is dropped from the default label name).
 * Its value is then the one other non-private instance field or method without parameters, apart
 * from {@code toString()} and {@code hashCode()}; make helpers private.
 *
 * <pre>{@code
 * record Zone(@Label String type, @Label("zone") int index, double celsius) {}
 *
 * @Gauge(help = "Temperature per thermal zone.", unit = "celsius")
 * List<Zone> temperature() { ... }   // temperature_celsius{type="x86_pkg_temp",zone="0"} 52.5
 * }</pre>
 *
 * <p>Label values are the component's {@code toString()}, an enum's {@code name()}, and
 * {@code ""} for null.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.METHOD})
public @interface Label {

  /** The label name; empty means the component name in snake_case. */
  String value() default "";
}
