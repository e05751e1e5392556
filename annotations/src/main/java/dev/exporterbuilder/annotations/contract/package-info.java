/**
 * Facts of the annotations' contract that the annotation processor checks at compile time and the
 * runtime applies at run time, kept here once so that both read the same: the duration syntax of
 * {@code cache}, {@code timeout} and {@code Duration} flags, the value types a {@code @Flag} may have,
 * and the metric names the runtime reserves for itself.
 *
 * <p>Not for exporter code: these types may change in any release.
 */
package dev.exporterbuilder.annotations.contract;
