package dev.exporterbuilder.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An untyped metric, for porting: its exposed name is exactly namespace, subsystem, {@link #name()}
 * and unit, with no suffix added, and its TYPE line says {@code untyped} (OpenMetrics:
 * {@code unknown}). Use it to keep a name that an older exporter exposed and that dashboards query,
 * where client_java's typed metrics would change it: a counter without {@code _total}, such as
 * postgres_exporter's {@code pg_stat_database_xact_commit}, or a metric the older exporter left
 * untyped, such as {@code pg_static}. Prometheus stores the samples as it stores a gauge's, and
 * {@code rate()} works on them as on the counter they were. New metrics should be a {@link Gauge} or
 * a {@link Counter}.
 *
 * <p>On the same members, with the same value types and shapes, as {@link Gauge}; every value is
 * written as it is, {@code NaN} included.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.METHOD, ElementType.FIELD})
public @interface Untyped {

  /** The metric name after the namespace and subsystem; empty means the member name in snake_case. */
  String name() default "";

  /** What the metric measures; one line, required. */
  String help();

  /** The base unit, appended to the name unless the name already ends with it. */
  String unit() default "";

  /** The label name for the keys of a member that returns a {@code Map} (exactly one). */
  String[] labels() default {};
}
