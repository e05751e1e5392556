package dev.exporterbuilder.bench.jmh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.prometheus.metrics.expositionformats.PrometheusTextFormatWriter;
import io.prometheus.metrics.model.snapshots.MetricSnapshots;
import java.io.IOException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The three readers of each workload serve the same exposition text, so the benchmarks compare equal work. */
class WorkloadTest {

  private static String text(MetricSnapshots snapshots) throws IOException {
    ByteSink sink = new ByteSink();
    PrometheusTextFormatWriter.create().write(sink, snapshots);
    return sink.toString();
  }

  @ParameterizedTest
  @CsvSource({"records, 1, bench_family_", "records, 37, bench_family_", "maps, 1, bench_map_family_", "maps, 37, bench_map_family_"})
  void generatedHandwrittenAndReflectionServeTheSameText(String name, int series, String prefix) throws IOException {
    Workload workload = Workload.of(name, series);

    String generated = text(workload.collectGenerated());
    String handwritten = text(workload.handwritten().collect());
    String reflection = text(workload.reflection().collect());

    assertEquals(handwritten, generated, "generated vs hand-written");
    assertEquals(handwritten, reflection, "reflection vs hand-written");
    assertEquals(0, workload.reflection().failures());
    long samples = generated.lines().filter(line -> !line.startsWith("#")).count();
    assertEquals(10L * series, samples, generated);
    // the last series of the last family: id * 1.5 + family
    int last = series - 1;
    String sample = prefix + "9_value{id=\"" + last + "\"} " + (last * 1.5 + 9);
    assertTrue(generated.lines().anyMatch(line -> line.equals(sample)), () -> sample + " missing in:\n" + generated);
  }

  @ParameterizedTest
  @CsvSource({"records", "maps"})
  void everyScrapeBenchmarkWritesTheFloorsBytes(String name) throws IOException {
    CollectBenchmark benchmark = new CollectBenchmark();
    benchmark.workload = name;
    benchmark.series = 100;
    benchmark.setUp();

    int floor = benchmark.writerFloor();

    assertTrue(floor > 10 * 100 * 20, "1,000 samples of 20 bytes or more: " + floor);
    assertEquals(floor, benchmark.scrapeGenerated());
    assertEquals(floor, benchmark.scrapeHandwritten());
    assertEquals(floor, benchmark.scrapeReflection());
    assertEquals(1000, benchmark.collectGenerated().stream().mapToInt(s -> s.getDataPoints().size()).sum());
    assertEquals(1000, benchmark.collectHandwritten().stream().mapToInt(s -> s.getDataPoints().size()).sum());
    assertEquals(1000, benchmark.collectReflection().stream().mapToInt(s -> s.getDataPoints().size()).sum());
  }
}
