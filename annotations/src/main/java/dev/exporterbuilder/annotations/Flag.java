package dev.exporterbuilder.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Makes a field a command-line option of the generated {@code Main}. On the {@link Exporter} class the
 * option is {@code --<name>}; on a collector it is {@code --collector.<collector>.<name>}. The field's
 * initial value is the default shown in {@code --help}; the parsed value is assigned to the field
 * before the first scrape.
 *
 * <p>Supported types: {@code String}, {@code int}, {@code long}, {@code double}, {@code boolean} and
 * their boxes, {@code java.time.Duration} (Go syntax such as {@code "15s"} or {@code "1m30s"}),
 * {@code java.nio.file.Path}, enums, and {@code List<String>} (the option may be repeated). The field
 * must be neither private nor final.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.FIELD)
public @interface Flag {

  /** The option name without dashes; empty means the field name in kebab case ({@code sysfsRoot} → {@code sysfs-root}). */
  String name() default "";

  /** What the option does; one line, required. */
  String help();
}
