package dev.exporterbuilder.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a class whose metric members are read for one target per request at
 * {@code /probe?target=<target>[&module=<module>]}, the way blackbox_exporter and snmp_exporter
 * serve many targets from one process. List it in {@link Exporter#probes()}.
 *
 * <p>The class has one {@code @Reading} method whose first parameter is the target, as a
 * {@code String}, a {@code java.net.URI} (absolute) or a {@code java.net.InetSocketAddress}
 * ({@code host:port}, unresolved); with {@link #module()} its second parameter is the module. It
 * runs once per request, and its result is passed to the metric members that declare a parameter of
 * its type. A target that does not parse as that type is answered with 400 and never probed.
 *
 * <p>Metric names are {@code probe_<name>}, blackbox_exporter's prefix rather than the exporter's
 * namespace; every response also has {@code probe_success} and {@code probe_duration_seconds}.
 * One instance serves every request, concurrently: its {@code @Reading} method and members must be
 * thread-safe (keep per-target state in what the reading returns).
 *
 * <pre>{@code
 * @Probe(name = "tcp", help = "TCP connect check.")
 * public class TcpProbe {
 *   @Reading
 *   Connection connect(InetSocketAddress target) throws IOException { ... }
 *
 *   @Gauge(name = "tcp_connect_duration", unit = "seconds", help = "Time to connect.")
 *   double connectSeconds(Connection connection) { return connection.seconds(); }
 * }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Probe {

  /** The prober's name, snake_case, as {@code prober:} names it in {@code --config.file}. */
  String name();

  /** One line describing the probe, shown on the landing page. */
  String help() default "";

  /**
   * A record read from each module of {@code --config.file} and passed as the {@code @Reading}
   * method's second parameter; {@code void.class} for a probe without modules. Its components may
   * be of the {@code @Flag} value types; a {@code boolean} or {@code List<String>} component may be
   * left out of the file (false, empty), every other one must be given.
   */
  Class<?> module() default void.class;
}
