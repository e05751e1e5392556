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
 *
 * <p>Where the value comes from, first match first: the command line ({@code --<name>=...}); for a
 * {@link #secret()} flag, the file named by {@code --<name>.file=...}, its content with one trailing
 * line break removed (a Kubernetes secret mounted as a file); the environment variable
 * {@link #env()}; the field's initial value.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.FIELD)
public @interface Flag {

  /** The option name without dashes; empty means the field name in kebab case ({@code sysfsRoot} → {@code sysfs-root}). */
  String name() default "";

  /** What the option does; one line, required. */
  String help();

  /**
   * An environment variable that gives the value when the option is not on the command line, such
   * as {@code "DATA_SOURCE_NAME"}; {@code --help} names it. Empty means none.
   */
  String env() default "";

  /**
   * Whether the value is a secret, such as a password or a connection string holding one: it is
   * never shown in {@code --help} (not even its default), in logs or on any page the exporter
   * serves, and the option has a {@code --<name>.file=FILE} form that reads it from a file, so
   * that it need not appear in the process list. Only {@code String} flags may be secret.
   */
  boolean secret() default false;
}
