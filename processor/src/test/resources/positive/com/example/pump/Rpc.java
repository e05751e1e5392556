package com.example.pump;

import dev.exporterbuilder.annotations.Collector;
import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.core.metrics.Gauge;
import io.prometheus.metrics.core.metrics.Histogram;
import io.prometheus.metrics.core.metrics.Summary;

/** Direct instrumentation: client_java metrics built by the generated collector, updated here. */
@Collector(subsystem = "rpc")
public class Rpc {

  @dev.exporterbuilder.annotations.Counter(help = "Requests served.", labels = {"method", "code"})
  Counter requests;

  @dev.exporterbuilder.annotations.Histogram(
      help = "Request latency.", unit = "seconds", labels = "method", buckets = {0.005, 0.05, 0.5, 5})
  Histogram latency;

  @dev.exporterbuilder.annotations.Summary(help = "Request size.", unit = "bytes", quantiles = {0.5, 0.9, 0.99})
  static Summary size;

  @dev.exporterbuilder.annotations.Gauge(help = "Requests in flight.")
  Gauge inFlight;

  void served(String method, double seconds, long bytes) {
    requests.labelValues(method, "ok").inc();
    latency.labelValues(method).observe(seconds);
    size.observe(bytes);
  }
}
