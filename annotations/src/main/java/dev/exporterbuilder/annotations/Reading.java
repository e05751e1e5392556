package dev.exporterbuilder.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The one reading a collector takes per run, shared by its members: a method of a {@link Collector}
 * class (or of the {@link Exporter} class, for its own members) that reads the source once, such as
 * a file under {@code /proc} parsed into a record, and returns it. Each metric method that declares
 * one parameter receives that result, so all samples of one run come from the same moment:
 *
 * <pre>{@code
 * @Reading
 * StatFile read() throws IOException { return StatFile.parse(Files.readString(path)); }
 *
 * @Counter(name = "context_switches", help = "Total number of context switches.")
 * long contextSwitches(StatFile stat) { return stat.ctxt(); }
 * }</pre>
 *
 * <p>The reading runs first in each run of the collector, inside its {@code timeout} and its
 * {@code cache}: a cached collector reads once per refresh, not once per scrape. If it throws or
 * returns null, no member is read: the collector has no samples that run, its
 * {@code _scrape_collector_success} is 0 and one WARN line names it. Members without a parameter
 * are read after it as before.
 *
 * <p>A class has at most one reading, its own or inherited; it is a non-private method without
 * parameters that returns a value (a primitive is boxed), and may be static. A member's parameter
 * type must accept what the reading returns.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Reading {}
