/**
 * The scrape path: the metrics endpoint, the enabled collectors run as one client_java collector
 * with their self-metrics, each collector on demand or cached, and the {@code promhttp_*} handler
 * metrics. Internal.
 */
package dev.exporterbuilder.runtime.scrape;
