/**
 * What every part of the runtime shares about the process: the log, rate-limited failure lines,
 * signals, daemon threads, the build information of the exporter's jar, and the
 * {@link dev.exporterbuilder.runtime.process.StartupFailure} the other internal packages throw when
 * an exporter cannot start. Internal.
 */
package dev.exporterbuilder.runtime.process;
