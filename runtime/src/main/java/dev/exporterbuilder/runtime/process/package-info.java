/**
 * What every part of the runtime shares about the process: the log, rate-limited failure lines,
 * signals, daemon threads and the build information of the exporter's jar. Internal.
 */
package dev.exporterbuilder.runtime.process;
