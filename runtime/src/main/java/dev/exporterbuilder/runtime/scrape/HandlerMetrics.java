package dev.exporterbuilder.runtime.scrape;

import io.prometheus.metrics.core.datapoints.CounterDataPoint;
import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.core.metrics.Gauge;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The self-metrics of the metrics path that Go exporters expose through promhttp, under the same
 * names, so that dashboards and alerts written for them work unchanged:
 * {@code promhttp_metric_handler_requests_total{code}} and
 * {@code promhttp_metric_handler_requests_in_flight}.
 */
public final class HandlerMetrics {

  private final Counter requests;
  private final Gauge inFlight;
  private final ConcurrentMap<Integer, CounterDataPoint> byCode = new ConcurrentHashMap<>();

  private HandlerMetrics(Counter requests, Gauge inFlight) {
    this.requests = requests;
    this.inFlight = inFlight;
  }

  /** Registers the two metrics, with the codes promhttp starts with (200, 500, 503) at zero. */
  public static HandlerMetrics register(PrometheusRegistry registry) {
    Counter requests = Counter.builder()
        .name("promhttp_metric_handler_requests")
        .help("Total number of scrapes by HTTP status code.")
        .labelNames("code")
        .register(registry);
    Gauge inFlight = Gauge.builder()
        .name("promhttp_metric_handler_requests_in_flight")
        .help("Current number of scrapes being served.")
        .register(registry);
    HandlerMetrics metrics = new HandlerMetrics(requests, inFlight);
    for (int code : new int[] {200, 500, 503}) {
      metrics.point(code);
    }
    return metrics;
  }

  void started() {
    inFlight.inc();
  }

  /** A scrape ended with {@code code}; -1 when no response could be sent. */
  void ended(int code) {
    inFlight.dec();
    if (code > 0) {
      point(code).inc();
    }
  }

  private CounterDataPoint point(int code) {
    return byCode.computeIfAbsent(code, key -> requests.labelValues(Integer.toString(key)));
  }
}
