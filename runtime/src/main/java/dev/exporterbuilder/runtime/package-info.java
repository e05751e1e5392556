/**
 * The runtime API for exporter code: {@link dev.exporterbuilder.runtime.ExporterCollector} for
 * collectors written by hand, {@link dev.exporterbuilder.runtime.ConstHistogram} and
 * {@link dev.exporterbuilder.runtime.ConstSummary} for aggregate members, and
 * {@link dev.exporterbuilder.runtime.ExporterRuntime} to run or embed an exporter.
 */
package dev.exporterbuilder.runtime;
