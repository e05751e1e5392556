package com.example.net;

import dev.exporterbuilder.runtime.MemberErrors;
import dev.exporterbuilder.runtime.generated.ProbeCollector;
import io.prometheus.metrics.model.snapshots.GaugeSnapshot;
import io.prometheus.metrics.model.snapshots.Labels;
import io.prometheus.metrics.model.snapshots.MetricMetadata;
import io.prometheus.metrics.model.snapshots.MetricSnapshot;
import io.prometheus.metrics.model.snapshots.MetricSnapshots;
import java.lang.AssertionError;
import java.lang.Exception;
import java.lang.LinkageError;
import java.lang.NullPointerException;
import java.lang.Override;
import java.lang.Void;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.annotation.processing.Generated;

/**
 * Probe {@code http}: the metrics of {@link HttpCheck}, read for one target per request.
 */
@Generated("dev.exporterbuilder.processor.ExporterProcessor")
public final class HttpCheckCollector implements ProbeCollector<URI, Void> {
  private static final MetricMetadata HTTP_STATUS_CODE = new MetricMetadata(
      "probe_http_status_code", "The response's status code.");

  private final HttpCheck source;

  /**
   * Probes with {@code source}, which every request shares.
   */
  public HttpCheckCollector(HttpCheck source) {
    this.source = Objects.requireNonNull(source, "source");
  }

  @Override
  public MetricSnapshots probe(URI target, Void module, MemberErrors errors) {
    HttpCheck.Response reading;
    try {
      reading = HttpCheck.get(target);
    } catch (Exception | LinkageError | AssertionError e) {
      errors.failed("get()", e);
      return new MetricSnapshots();
    }
    if (reading == null) {
      errors.failed("get()", new NullPointerException("get() returned null"));
      return new MetricSnapshots();
    }
    List<MetricSnapshot> snapshots = new ArrayList<>(1);
    try {
      snapshots.add(gauge(HTTP_STATUS_CODE, HttpCheck.status(reading)));
    } catch (Exception | LinkageError | AssertionError e) {
      errors.failed("status()", e);
    }
    return new MetricSnapshots(snapshots);
  }

  private static GaugeSnapshot gauge(MetricMetadata metadata, double value) {
    return new GaugeSnapshot(metadata, List.of(gaugePoint(value, Labels.EMPTY)));
  }

  private static GaugeSnapshot.GaugeDataPointSnapshot gaugePoint(double value, Labels labels) {
    return new GaugeSnapshot.GaugeDataPointSnapshot(value, labels, null);
  }
}
