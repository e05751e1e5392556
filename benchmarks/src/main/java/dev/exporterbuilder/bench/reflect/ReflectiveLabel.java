package dev.exporterbuilder.bench.reflect;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A record component that is a label, read by {@link ReflectiveCollector}: exporter-builder's
 * {@code @Label}, kept at run time. The record's one other component is the value.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface ReflectiveLabel {

  /** The label name; empty: the component's name. */
  String value() default "";
}
