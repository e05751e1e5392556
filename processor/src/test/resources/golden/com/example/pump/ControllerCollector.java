package com.example.pump;

import dev.exporterbuilder.runtime.ConstHistogram;
import dev.exporterbuilder.runtime.ConstSummary;
import dev.exporterbuilder.runtime.ExporterCollector;
import dev.exporterbuilder.runtime.MemberErrors;
import dev.exporterbuilder.runtime.generated.LabelSets;
import dev.exporterbuilder.runtime.generated.Samples;
import io.prometheus.metrics.model.registry.MetricType;
import io.prometheus.metrics.model.snapshots.HistogramSnapshot;
import io.prometheus.metrics.model.snapshots.Labels;
import io.prometheus.metrics.model.snapshots.MetricFamilyDescriptor;
import io.prometheus.metrics.model.snapshots.MetricMetadata;
import io.prometheus.metrics.model.snapshots.MetricSnapshot;
import io.prometheus.metrics.model.snapshots.MetricSnapshots;
import io.prometheus.metrics.model.snapshots.SummarySnapshot;
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
 * Collector {@code controller}: the metrics of {@link Controller}, read on every scrape.
 */
@Generated("dev.exporterbuilder.processor.ExporterProcessor")
public final class ControllerCollector implements ExporterCollector {
  private static final MetricMetadata RESPONSE = new MetricMetadata(
      "pump_station_controller_response_seconds",
      "Controller response time, as the controller aggregates it.", Unit.SECONDS);

  private static final MetricMetadata TRAVEL = new MetricMetadata(
      "pump_station_controller_travel_seconds", "Valve travel time per valve.", Unit.SECONDS);

  private static final MetricMetadata POLLING = new MetricMetadata(
      "pump_station_controller_polling_seconds", "Polling time per station.", Unit.SECONDS);

  private static final MetricMetadata PRIMING = new MetricMetadata(
      "pump_station_controller_priming_seconds", "Time to prime the pump.", Unit.SECONDS);

  private static final List<MetricFamilyDescriptor> FAMILIES = List.of(
      MetricFamilyDescriptor.of(MetricType.HISTOGRAM, RESPONSE),
      MetricFamilyDescriptor.of(MetricType.HISTOGRAM, TRAVEL, List.of("valve")),
      MetricFamilyDescriptor.of(MetricType.SUMMARY, POLLING, List.of("station")),
      MetricFamilyDescriptor.of(MetricType.SUMMARY, PRIMING));

  private final LabelSets travelLabels = new LabelSets("valve");

  private final LabelSets pollingLabels = new LabelSets("station");

  private final Controller source;

  /**
   * Reads the members of {@code source} on each collection.
   */
  public ControllerCollector(Controller source) {
    this.source = Objects.requireNonNull(source, "source");
  }

  @Override
  public MetricSnapshots collect(MemberErrors errors) {
    List<MetricSnapshot> snapshots = new ArrayList<>(4);
    readResponse(snapshots, errors);
    readTravel(snapshots, errors);
    readPolling(snapshots, errors);
    readPriming(snapshots, errors);
    return new MetricSnapshots(snapshots);
  }

  private void readResponse(List<MetricSnapshot> snapshots, MemberErrors errors) {
    try {
      ConstHistogram value = source.response();
      if (value != null) {
        snapshots.add(histogram(RESPONSE, value));
      }
    } catch (Exception | LinkageError | AssertionError e) {
      errors.failed("response()", e);
    }
  }

  private void readTravel(List<MetricSnapshot> snapshots, MemberErrors errors) {
    try {
      var value = source.travel();
      if (value != null) {
        List<HistogramSnapshot.HistogramDataPointSnapshot> points = new ArrayList<>(value.size());
        LabelSets.Run labels = travelLabels.begin();
        for (var entry : value.entrySet()) {
          var sample = entry.getValue();
          if (sample != null) {
            points.add(histogramPoint(sample, labels.of(Samples.labelValue(entry.getKey()))));
          }
        }
        labels.end();
        snapshots.add(new HistogramSnapshot(TRAVEL, points));
      }
    } catch (Exception | LinkageError | AssertionError e) {
      errors.failed("travel()", e);
    }
  }

  private void readPolling(List<MetricSnapshot> snapshots, MemberErrors errors) {
    try {
      var value = source.polling();
      if (value != null) {
        List<SummarySnapshot.SummaryDataPointSnapshot> points = new ArrayList<>(Samples.capacity(value));
        LabelSets.Run labels = pollingLabels.begin();
        for (var element : value) {
          if (element != null) {
            var sample = element.seconds();
            if (sample != null) {
              points.add(summaryPoint(sample, labels.of(Samples.labelValue(element.station()))));
            }
          }
        }
        labels.end();
        snapshots.add(new SummarySnapshot(POLLING, points));
      }
    } catch (Exception | LinkageError | AssertionError e) {
      errors.failed("polling()", e);
    }
  }

  private void readPriming(List<MetricSnapshot> snapshots, MemberErrors errors) {
    try {
      ConstSummary value = Controller.priming;
      if (value != null) {
        snapshots.add(summary(PRIMING, value));
      }
    } catch (Exception | LinkageError | AssertionError e) {
      errors.failed("priming", e);
    }
  }

  @Override
  public List<MetricFamilyDescriptor> getMetricFamilyDescriptors() {
    return FAMILIES;
  }

  private static HistogramSnapshot histogram(MetricMetadata metadata, ConstHistogram value) {
    return new HistogramSnapshot(metadata, List.of(histogramPoint(value, Labels.EMPTY)));
  }

  private static SummarySnapshot summary(MetricMetadata metadata, ConstSummary value) {
    return new SummarySnapshot(metadata, List.of(summaryPoint(value, Labels.EMPTY)));
  }

  private static HistogramSnapshot.HistogramDataPointSnapshot histogramPoint(ConstHistogram value,
      Labels labels) {
    return Samples.histogramPoint(value, labels);
  }

  private static SummarySnapshot.SummaryDataPointSnapshot summaryPoint(ConstSummary value,
      Labels labels) {
    return Samples.summaryPoint(value, labels);
  }
}
