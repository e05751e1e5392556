package com.example.pump;

import dev.exporterbuilder.runtime.ExporterCollector;
import dev.exporterbuilder.runtime.MemberErrors;
import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.core.metrics.Gauge;
import io.prometheus.metrics.core.metrics.Histogram;
import io.prometheus.metrics.core.metrics.Summary;
import io.prometheus.metrics.model.registry.MetricType;
import io.prometheus.metrics.model.snapshots.MetricFamilyDescriptor;
import io.prometheus.metrics.model.snapshots.MetricMetadata;
import io.prometheus.metrics.model.snapshots.MetricSnapshot;
import io.prometheus.metrics.model.snapshots.MetricSnapshots;
import io.prometheus.metrics.model.snapshots.Unit;
import java.lang.AssertionError;
import java.lang.Exception;
import java.lang.LinkageError;
import java.lang.Override;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.annotation.processing.Generated;

/**
 * Collector {@code rpc}: the metrics of {@link Rpc}, read on every scrape.
 */
@Generated("dev.exporterbuilder.processor.ExporterProcessor")
public final class RpcCollector implements ExporterCollector {
  private static final MetricMetadata REQUESTS = new MetricMetadata("pump_station_rpc_requests",
      "Requests served.");

  private static final MetricMetadata LATENCY = new MetricMetadata(
      "pump_station_rpc_latency_seconds", "Request latency.", Unit.SECONDS);

  private static final MetricMetadata SIZE = new MetricMetadata("pump_station_rpc_size_bytes",
      "Request size.", Unit.BYTES);

  private static final MetricMetadata IN_FLIGHT = new MetricMetadata("pump_station_rpc_in_flight",
      "Requests in flight.");

  private static final List<MetricFamilyDescriptor> FAMILIES = List.of(
      MetricFamilyDescriptor.of(MetricType.COUNTER, REQUESTS, List.of("method", "code")),
      MetricFamilyDescriptor.of(MetricType.HISTOGRAM, LATENCY, List.of("method")),
      MetricFamilyDescriptor.of(MetricType.SUMMARY, SIZE),
      MetricFamilyDescriptor.of(MetricType.GAUGE, IN_FLIGHT));

  static {
    Rpc.size = Summary.builder()
        .name("pump_station_rpc_size_bytes")
        .help("Request size.")
        .unit(Unit.BYTES)
        .quantile(0.5)
        .quantile(0.9)
        .quantile(0.99)
        .build();
  }

  private final Rpc source;

  /**
   * Reads the members of {@code source} on each collection, after building its client_java metrics.
   */
  public RpcCollector(Rpc source) {
    this.source = Objects.requireNonNull(source, "source");
    source.requests = Counter.builder()
        .name("pump_station_rpc_requests")
        .help("Requests served.")
        .labelNames("method", "code")
        .build();
    source.latency = Histogram.builder()
        .name("pump_station_rpc_latency_seconds")
        .help("Request latency.")
        .unit(Unit.SECONDS)
        .labelNames("method")
        .classicOnly()
        .classicUpperBounds(0.005, 0.05, 0.5, 5.0)
        .build();
    source.inFlight = Gauge.builder()
        .name("pump_station_rpc_in_flight")
        .help("Requests in flight.")
        .build();
  }

  @Override
  public MetricSnapshots collect(MemberErrors errors) {
    List<MetricSnapshot> snapshots = new ArrayList<>(4);
    readRequests(snapshots, errors);
    readLatency(snapshots, errors);
    readSize(snapshots, errors);
    readInFlight(snapshots, errors);
    return new MetricSnapshots(snapshots);
  }

  private void readRequests(List<MetricSnapshot> snapshots, MemberErrors errors) {
    try {
      snapshots.add(source.requests.collect());
    } catch (Exception | LinkageError | AssertionError e) {
      errors.failed("requests", e);
    }
  }

  private void readLatency(List<MetricSnapshot> snapshots, MemberErrors errors) {
    try {
      snapshots.add(source.latency.collect());
    } catch (Exception | LinkageError | AssertionError e) {
      errors.failed("latency", e);
    }
  }

  private void readSize(List<MetricSnapshot> snapshots, MemberErrors errors) {
    try {
      snapshots.add(Rpc.size.collect());
    } catch (Exception | LinkageError | AssertionError e) {
      errors.failed("size", e);
    }
  }

  private void readInFlight(List<MetricSnapshot> snapshots, MemberErrors errors) {
    try {
      snapshots.add(source.inFlight.collect());
    } catch (Exception | LinkageError | AssertionError e) {
      errors.failed("inFlight", e);
    }
  }

  @Override
  public List<MetricFamilyDescriptor> getMetricFamilyDescriptors() {
    return FAMILIES;
  }
}
