/**
 * The runtime API for exporter code: {@link dev.exporterbuilder.runtime.ExporterCollector} for
 * collectors written by hand, with the {@link dev.exporterbuilder.runtime.MemberErrors} their
 * {@code collect} reports failed members to, {@link dev.exporterbuilder.runtime.ConstHistogram} and
 * {@link dev.exporterbuilder.runtime.ConstSummary} for aggregate members, and
 * {@link dev.exporterbuilder.runtime.ExporterRuntime} to run or embed an exporter.
 */
package dev.exporterbuilder.runtime;
