/** The standard exporter command line, its {@code @Flag} options and listen addresses. Internal. */
package dev.exporterbuilder.runtime.cli;
