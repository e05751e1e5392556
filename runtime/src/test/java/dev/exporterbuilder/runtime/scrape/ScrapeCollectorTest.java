package dev.exporterbuilder.runtime.scrape;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.exporterbuilder.runtime.ExporterCollector;
import dev.exporterbuilder.runtime.GaugeCollector;
import dev.exporterbuilder.runtime.StderrCapture;
import dev.exporterbuilder.runtime.generated.CollectorDefinition;
import io.prometheus.metrics.model.snapshots.GaugeSnapshot;
import io.prometheus.metrics.model.snapshots.GaugeSnapshot.GaugeDataPointSnapshot;
import io.prometheus.metrics.model.snapshots.Labels;
import io.prometheus.metrics.model.snapshots.MetricFamilyDescriptor;
import io.prometheus.metrics.model.snapshots.MetricSnapshot;
import io.prometheus.metrics.model.snapshots.MetricSnapshots;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ScrapeCollectorTest {

  private static final String EXPORTER = "unit-exporter";

  /** collector label → value of the given self-metric. */
  private static Map<String, Double> selfMetric(MetricSnapshots snapshots, String name) {
    Map<String, Double> values = new LinkedHashMap<>();
    for (MetricSnapshot snapshot : snapshots) {
      if (snapshot.getMetadata().getName().equals(name)) {
        for (GaugeDataPointSnapshot point : ((GaugeSnapshot) snapshot).getDataPoints()) {
          values.put(point.getLabels().get("collector"), point.getValue());
        }
      }
    }
    return values;
  }

  private static List<String> names(MetricSnapshots snapshots) {
    return snapshots.stream().map(s -> s.getMetadata().getName()).collect(Collectors.toList());
  }

  private static String unique(String name) {
    return name + "-" + System.nanoTime();
  }

  @Test
  void successIsOneUnlessSomethingFailed() {
    String good = unique("good");
    String flaky = unique("flaky");
    String thrower = unique("thrower");
    String erring = unique("erring");
    ExporterCollector throwing = errors -> {
      throw new IllegalStateException("whole collector down");
    };
    ExporterCollector throwingError = errors -> {
      throw new AssertionError("not even an exception");
    };
    ScrapeCollector collector = new ScrapeCollector(EXPORTER, "unit", List.of(
        CollectorDefinition.of(good, true, new GaugeCollector("unit_good_value", 1, null)),
        CollectorDefinition.of(flaky, true, new GaugeCollector("unit_flaky_value", 2, "sensor offline")),
        CollectorDefinition.of(thrower, true, throwing),
        CollectorDefinition.of(erring, true, throwingError)));
    MetricSnapshots snapshots;
    try (StderrCapture err = new StderrCapture()) {
      snapshots = collector.collect();
      assertEquals(3, err.lines().size(), err.text());
    }
    assertEquals(Map.of(good, 1.0, flaky, 0.0, thrower, 0.0, erring, 0.0), selfMetric(snapshots, "unit_scrape_collector_success"));
    Map<String, Double> durations = selfMetric(snapshots, "unit_scrape_collector_duration_seconds");
    assertEquals(java.util.Set.of(good, flaky, thrower, erring), durations.keySet());
    durations.values().forEach(seconds -> assertTrue(seconds >= 0 && seconds < 5, "duration " + seconds));
    assertEquals(List.of("unit_flaky_value", "unit_good_value", "unit_good_value_reading",
        "unit_scrape_collector_duration_seconds", "unit_scrape_collector_success"), names(snapshots));
  }

  @Test
  void selfMetricsHaveHelpNamingTheExporter() {
    MetricSnapshots snapshots = new ScrapeCollector(EXPORTER, "unit", List.of()).collect();
    assertEquals("unit-exporter: Duration of a collector scrape.", snapshots.get(0).getMetadata().getHelp());
    assertEquals("unit-exporter: Whether a collector succeeded.", snapshots.get(1).getMetadata().getHelp());
  }

  @Test
  void descriptorsAreTheCollectorsPlusTheSelfMetrics() {
    ScrapeCollector collector = new ScrapeCollector(EXPORTER, "unit", List.of(
        CollectorDefinition.of("a", true, new GaugeCollector("unit_a", 1, null)),
        CollectorDefinition.of("b", true, new GaugeCollector("unit_b", 1, null))));
    List<MetricFamilyDescriptor> descriptors = collector.getMetricFamilyDescriptors();
    assertEquals(List.of("unit_a", "unit_a_reading", "unit_b", "unit_b_reading",
            "unit_scrape_collector_duration_seconds", "unit_scrape_collector_success"),
        descriptors.stream().map(MetricFamilyDescriptor::getPrometheusName).collect(Collectors.toList()));
    assertEquals(java.util.Set.of("collector"), descriptors.get(5).getLabelNames());
  }

  @Test
  void aFamilyEmittedTwiceIsDroppedFromTheSecondCollector() {
    String first = unique("first");
    String second = unique("second");
    ExporterCollector duplicate = errors -> MetricSnapshots.of(new GaugeSnapshot(
        new io.prometheus.metrics.model.snapshots.MetricMetadata("unit_shared", "Shared."),
        List.of(new GaugeDataPointSnapshot(9, Labels.EMPTY, null))));
    ExporterCollector original = errors -> MetricSnapshots.of(new GaugeSnapshot(
        new io.prometheus.metrics.model.snapshots.MetricMetadata("unit_shared", "Shared."),
        List.of(new GaugeDataPointSnapshot(1, Labels.EMPTY, null))));
    ScrapeCollector collector = new ScrapeCollector(EXPORTER, "unit", List.of(
        CollectorDefinition.of(first, true, original), CollectorDefinition.of(second, true, duplicate)));
    MetricSnapshots snapshots;
    try (StderrCapture err = new StderrCapture()) {
      snapshots = collector.collect();
      assertTrue(err.text().contains("collector=" + second + " members=1 failed=unit_shared"), err.text());
    }
    assertEquals(Map.of(first, 1.0, second, 0.0), selfMetric(snapshots, "unit_scrape_collector_success"));
    GaugeSnapshot shared = (GaugeSnapshot) snapshots.stream().filter(s -> s.getMetadata().getName().equals("unit_shared")).findFirst().orElseThrow();
    assertEquals(1.0, shared.getDataPoints().get(0).getValue());
  }
}
