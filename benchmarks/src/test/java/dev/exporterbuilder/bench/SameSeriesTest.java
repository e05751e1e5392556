package dev.exporterbuilder.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.exporterbuilder.bench.handwritten.HandwrittenCollector;
import io.prometheus.metrics.expositionformats.PrometheusTextFormatWriter;
import io.prometheus.metrics.model.snapshots.MetricSnapshots;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The comparison's premise: the generated {@code families} collector and the hand-written
 * baseline serve the same text, byte for byte, at every size that benchmarks/compare.sh measures
 * (the Go baseline is checked by the script itself, by counting samples).
 */
class SameSeriesTest {

  private static final PrometheusTextFormatWriter WRITER = PrometheusTextFormatWriter.create();

  @AfterEach
  void restoreDefault() {
    BenchExporter.series = 100;
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 1, 100, 10_000})
  void generatedAndHandwrittenServeTheSameText(int series) {
    BenchExporter.series = series;
    String generated = text(new FamiliesCollector(new Families()).collect());
    String handwritten = text(new HandwrittenCollector(10, series).collect());
    assertEquals(handwritten, generated);
  }

  @Test
  void tenFamiliesOfTheGivenSeries() {
    BenchExporter.series = 3;
    String text = text(new FamiliesCollector(new Families()).collect());
    assertEquals(30, text.lines().filter(line -> line.startsWith("bench_family_")).count());
    assertEquals(true, text.contains("bench_family_9_value{id=\"2\"} 12.0\n"), text);
  }

  private static String text(MetricSnapshots snapshots) {
    return WRITER.toDebugString(snapshots);
  }
}
