package dev.exporterbuilder.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the class an exporter is generated for. The processor writes {@code <SimpleName>Main} beside
 * it: a {@code main} with the standard exporter command line that serves every collector listed in
 * {@link #collectors()}. If the class declares metric members itself it is a collector too, named
 * after the exporter.
 *
 * <pre>{@code
 * @Exporter(name = "cpu-temp", help = "CPU temperature from sysfs.", port = 9818,
 *     collectors = {Thermal.class, LoadAverage.class})
 * public class CpuTempExporter {}
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Exporter {

  /** The exporter's name: lowercase words joined by {@code -} or {@code _}, such as {@code "cpu-temp"}. */
  String name();

  /** One line describing the exporter, shown on the landing page and in {@code --help}. */
  String help() default "";

  /** The default port of {@code --web.listen-address}, 1 to 65535. */
  int port();

  /** The prefix of every metric name; empty means {@link #name()} with {@code -} turned into {@code _}. */
  String namespace() default "";

  /** The {@link Collector} classes this exporter serves. */
  Class<?>[] collectors() default {};

  /** The {@link Probe} classes this exporter serves at {@code /probe}. */
  Class<?>[] probes() default {};

  /**
   * For the exporter class's own metric members, which make it a collector named after the
   * exporter's {@link #name()} with {@code -} turned into {@code _}, whatever the namespace
   * (switched with {@code --[no-]collector.<that name>}): as {@link Collector#cache()}, a
   * duration such as {@code "30s"} to read them in the background at that interval; empty reads
   * them on every scrape.
   */
  String cache() default "";

  /**
   * For the exporter class's own metric members: as {@link Collector#timeout()}, the bound of one
   * run, such as {@code "5s"}; empty means bounded only by the scrape's own timeout.
   */
  String timeout() default "";
}
