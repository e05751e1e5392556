package dev.exporterbuilder.it;

import dev.exporterbuilder.annotations.Collector;
import dev.exporterbuilder.annotations.Counter;
import dev.exporterbuilder.annotations.Histogram;
import dev.exporterbuilder.annotations.Summary;
import io.prometheus.metrics.model.snapshots.Labels;

/**
 * Direct instrumentation: client_java metrics built by the generated collector, observed into by
 * the author's code. Static so that the tests can reach them in an exporter the Main created.
 */
@Collector(subsystem = "rpc")
public class Rpc {

  @Counter(help = "Requests served.", labels = {"method", "code"})
  static io.prometheus.metrics.core.metrics.Counter requests;

  @Histogram(help = "Request latency.", unit = "seconds", labels = "method", buckets = {0.01, 0.1, 1})
  static io.prometheus.metrics.core.metrics.Histogram latency;

  @Summary(help = "Request size.", unit = "bytes", quantiles = {0.5, 0.9})
  static io.prometheus.metrics.core.metrics.Summary size;

  /** What the author's code does per request; the trace id becomes an exemplar. */
  static void served(String method, double seconds, long bytes, String traceId) {
    Labels trace = Labels.of("trace_id", traceId);
    requests.labelValues(method, "ok").incWithExemplar(trace);
    latency.labelValues(method).observeWithExemplar(seconds, trace);
    size.observe(bytes);
  }
}
