package dev.exporterbuilder.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.exporterbuilder.runtime.generated.CollectorDefinition;
import dev.exporterbuilder.runtime.generated.ExporterDefinition;
import dev.exporterbuilder.testsupport.Http;
import io.prometheus.metrics.model.snapshots.GaugeSnapshot;
import io.prometheus.metrics.model.snapshots.GaugeSnapshot.GaugeDataPointSnapshot;
import io.prometheus.metrics.model.snapshots.Labels;
import io.prometheus.metrics.model.snapshots.MetricFamilyDescriptor;
import io.prometheus.metrics.model.snapshots.MetricMetadata;
import io.prometheus.metrics.model.snapshots.MetricSnapshots;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A family named from data whose name another collector's family or the runtime's own has, in an
 * exporter started in this JVM: it costs only its samples, counted as dropped, and the collector's
 * success stays 1, whichever collector runs first.
 */
class TakenFamilyNamesTest {

  /** Declares {@code test_keyed_fixed}; every other family it emits is named from data. */
  private static final class KeyedCollector implements ExporterCollector {
    @Override
    public MetricSnapshots collect(MemberErrors errors) {
      return new MetricSnapshots(gauge("test_keyed_fixed", 1), gauge("test_shared", 2),
          gauge("test_exporter_scrape_collector_success", 3), gauge("test_free", 4));
    }

    @Override
    public List<MetricFamilyDescriptor> getMetricFamilyDescriptors() {
      return List.of(MetricFamilyDescriptor.gauge("test_keyed_fixed").help("Fixed.").build());
    }

    @Override
    public boolean namesFamiliesFromData() {
      return true;
    }

    private static GaugeSnapshot gauge(String name, double value) {
      return new GaugeSnapshot(new MetricMetadata(name, "Named from data."),
          List.of(new GaugeDataPointSnapshot(value, Labels.EMPTY, null)));
    }
  }

  @Test
  void aFamilyNamedFromDataThatIsTakenIsDroppedAndCountedNotAFailure() throws Exception {
    ExporterDefinition definition = ExporterDefinition.builder("test-exporter", 9999, TakenFamilyNamesTest.class)
        .collector(CollectorDefinition.of("keyed", true, new KeyedCollector()))
        .collector(CollectorDefinition.of("fixed", true, new GaugeCollector("test_shared", 1, null)))
        .build();
    try (StderrCapture stderr = new StderrCapture()) {
      RunningExporter exporter = ExporterRuntime.start(definition, "--web.listen-address=127.0.0.1:0",
          "--web.disable-exporter-metrics");
      try {
        Map<String, Double> samples = Http.samples(Http.scrape(exporter.addresses().get(0)));
        assertEquals(1.0, samples.get("test_shared"), samples::toString);
        assertEquals(1.0, samples.get("test_keyed_fixed"), samples::toString);
        assertEquals(4.0, samples.get("test_free"), samples::toString);
        assertEquals(1.0, samples.get("test_exporter_scrape_collector_success{collector=\"keyed\"}"), samples::toString);
        assertEquals(1.0, samples.get("test_exporter_scrape_collector_success{collector=\"fixed\"}"), samples::toString);
        assertEquals(2.0, samples.get("test_exporter_scrape_collector_dropped_samples_total{collector=\"keyed\"}"),
            samples::toString);
      } finally {
        exporter.close();
      }
      List<String> warnings = stderr.text().lines().filter(line -> line.contains("level=warn")).toList();
      assertEquals(2, warnings.size(), stderr.text());
      // MetricSnapshots sorts families by name
      assertTrue(warnings.get(0).contains(" family=test_exporter_scrape_collector_success samples=1 "), stderr.text());
      assertTrue(warnings.get(1).endsWith(" level=warn msg=\"Samples dropped\" collector=keyed family=test_shared samples=1"
          + " reason=\"its name is taken by a family of another collector or of the exporter\""), stderr.text());
    }
  }
}
