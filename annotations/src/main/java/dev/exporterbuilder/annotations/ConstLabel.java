package dev.exporterbuilder.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A label that every sample of a collector shares, such as postgres_exporter's
 * {@code server="host:port"}: its value is read once at start-up, after the flags are applied and
 * the {@link Init} methods have run, and before the server listens.
 *
 * <p>On a non-private field (a {@link Flag} field gives the label the flag's value; a secret flag's field
 * is a compile error, since every sample would carry the secret) or a non-private
 * method without parameters of an {@link Exporter} or {@link Collector} class, static or not, of type
 * {@code String}, a primitive, a box or an enum. On the exporter class the label goes on the samples of
 * every collector the exporter serves, its own members included; on a collector class, on that
 * collector's samples. The exporter's self-metrics ({@code <namespace>_scrape_collector_*},
 * {@code <namespace>_exporter_build_info}, {@code jvm_*}, {@code process_*}) and probes do not get
 * it. A value that is null, or a read that throws, stops the start-up with one line.
 *
 * <pre>{@code
 * @ConstLabel("server")
 * String server() { return host + ":" + port; }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.METHOD, ElementType.FIELD})
public @interface ConstLabel {

  /** The label name: snake_case, checked at compile time like every label name. */
  String value();
}
