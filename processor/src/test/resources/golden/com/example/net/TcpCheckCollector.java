package com.example.net;

import dev.exporterbuilder.runtime.MemberErrors;
import dev.exporterbuilder.runtime.generated.ModuleValues;
import dev.exporterbuilder.runtime.generated.ProbeCollector;
import dev.exporterbuilder.runtime.generated.Samples;
import io.prometheus.metrics.model.snapshots.CounterSnapshot;
import io.prometheus.metrics.model.snapshots.GaugeSnapshot;
import io.prometheus.metrics.model.snapshots.Labels;
import io.prometheus.metrics.model.snapshots.MetricMetadata;
import io.prometheus.metrics.model.snapshots.MetricSnapshot;
import io.prometheus.metrics.model.snapshots.MetricSnapshots;
import io.prometheus.metrics.model.snapshots.Unit;
import java.lang.AssertionError;
import java.lang.Exception;
import java.lang.LinkageError;
import java.lang.NullPointerException;
import java.lang.Override;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.annotation.processing.Generated;

/**
 * Probe {@code tcp}: the metrics of {@link TcpCheck}, read for one target per request.
 */
@Generated("dev.exporterbuilder.processor.ExporterProcessor")
public final class TcpCheckCollector implements ProbeCollector<InetSocketAddress, TcpModule> {
  private static final MetricMetadata TCP_CONNECT_DURATION = new MetricMetadata(
      "probe_tcp_connect_duration_seconds", "Time to connect.", Unit.SECONDS);

  private static final MetricMetadata TLS = new MetricMetadata("probe_tls",
      "Whether the connection used TLS.");

  private static final MetricMetadata SENT = new MetricMetadata("probe_sent_bytes",
      "Bytes sent to the target.", Unit.BYTES);

  private static final MetricMetadata TCP_PHASE_DURATION = new MetricMetadata(
      "probe_tcp_phase_duration_seconds", "Duration of each phase.", Unit.SECONDS);

  private static final MetricMetadata CHECKS = new MetricMetadata("probe_checks",
      "Checks configured, the same for every target.");

  private final TcpCheck source;

  /**
   * Probes with {@code source}, which every request shares.
   */
  public TcpCheckCollector(TcpCheck source) {
    this.source = Objects.requireNonNull(source, "source");
  }

  /**
   * The {@code TcpModule} of one module's settings in the config file.
   */
  public static TcpModule readModule(ModuleValues values) {
    return new TcpModule(values.string("send"), values.intValue("retries"),
        values.longValue("max_bytes"), values.doubleValue("ratio"), values.bool("tls"),
        values.duration("pause"), values.path("ca_file"),
        values.enumValue("mode", TcpModule.Mode.class), values.stringList("expect"));
  }

  @Override
  public MetricSnapshots probe(InetSocketAddress target, TcpModule module, MemberErrors errors) {
    TcpCheck.Connection reading;
    try {
      reading = source.connect(target, module);
    } catch (Exception | LinkageError | AssertionError e) {
      errors.failed("connect()", e);
      return new MetricSnapshots();
    }
    if (reading == null) {
      errors.failed("connect()", new NullPointerException("connect() returned null"));
      return new MetricSnapshots();
    }
    List<MetricSnapshot> snapshots = new ArrayList<>(5);
    try {
      snapshots.add(gauge(TCP_CONNECT_DURATION, source.connectSeconds(reading)));
    } catch (Exception | LinkageError | AssertionError e) {
      errors.failed("connectSeconds()", e);
    }
    try {
      snapshots.add(gauge(TLS, source.tls(reading) ? 1 : 0));
    } catch (Exception | LinkageError | AssertionError e) {
      errors.failed("tls()", e);
    }
    try {
      snapshots.add(counter(SENT, source.sent(reading)));
    } catch (Exception | LinkageError | AssertionError e) {
      errors.failed("sent()", e);
    }
    try {
      var value = source.phases(reading);
      if (value != null) {
        List<GaugeSnapshot.GaugeDataPointSnapshot> points = new ArrayList<>(value.size());
        for (var entry : value.entrySet()) {
          var sample = entry.getValue();
          if (sample != null) {
            points.add(gaugePoint(sample.doubleValue(), Labels.of("phase",
                Samples.labelValue(entry.getKey()))));
          }
        }
        snapshots.add(new GaugeSnapshot(TCP_PHASE_DURATION, points));
      }
    } catch (Exception | LinkageError | AssertionError e) {
      errors.failed("phases()", e);
    }
    try {
      snapshots.add(gauge(CHECKS, TcpCheck.checks()));
    } catch (Exception | LinkageError | AssertionError e) {
      errors.failed("checks()", e);
    }
    return new MetricSnapshots(snapshots);
  }

  private static GaugeSnapshot gauge(MetricMetadata metadata, double value) {
    return new GaugeSnapshot(metadata, List.of(gaugePoint(value, Labels.EMPTY)));
  }

  private static CounterSnapshot counter(MetricMetadata metadata, double value) {
    return new CounterSnapshot(metadata, List.of(counterPoint(value, Labels.EMPTY)));
  }

  private static GaugeSnapshot.GaugeDataPointSnapshot gaugePoint(double value, Labels labels) {
    return new GaugeSnapshot.GaugeDataPointSnapshot(value, labels, null);
  }

  /**
   * A counter data point; a negative or NaN value fails the member.
   */
  private static CounterSnapshot.CounterDataPointSnapshot counterPoint(double value,
      Labels labels) {
    return new CounterSnapshot.CounterDataPointSnapshot(Samples.counterValue(value),
        labels, null, 0);
  }
}
