package dev.exporterbuilder.bench.reflect;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A gauge read by {@link ReflectiveCollector}: the attributes of exporter-builder's {@code @Gauge}
 * that the benchmarks use, kept at run time, as the annotations of a reflective metrics library
 * (MicroProfile Metrics, SmallRye) are. exporter-builder's own annotations are not visible to
 * reflection: the processor reads them at compile time.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface ReflectiveGauge {

  /** The family's name, without the namespace. */
  String name();

  /** The HELP text. */
  String help();

  /** The one label name of a map member: its keys are that label's values. */
  String[] labels() default {};
}
