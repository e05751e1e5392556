/**
 * What the server serves and how exporter-toolkit's {@code --web.config.file} guards it: routing,
 * the landing page, profiling, and the web config with its TLS, basic auth, client certificate
 * names, headers and rate limit, reloaded as the file changes. Internal.
 */
package dev.exporterbuilder.runtime.web;
