package dev.exporterbuilder.bench.jmh;

import io.prometheus.metrics.expositionformats.PrometheusTextFormatWriter;
import io.prometheus.metrics.model.snapshots.MetricSnapshots;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The in-process cost of a scrape of ten gauge families, read three ways (see {@link Workload}):
 *
 * <ul>
 *   <li>{@code collect*}: the collector's collection alone, the snapshots returned (JMH consumes them);
 *   <li>{@code scrape*}: collection and the Prometheus text format written to a reusable in-memory
 *       sink, the work of a scrape without HTTP;
 *   <li>{@code writerFloor}: the text writer alone, writing snapshots collected once: the floor, as a
 *       scrape cannot be cheaper than writing its bytes.
 * </ul>
 *
 * <p>{@code series} is per family: 100 is 1,000 series, 10000 is 100,000.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class CollectBenchmark {

  /** Series per family. */
  @Param({"100", "10000"})
  public int series;

  /** {@code records} or {@code maps}. */
  @Param({"records", "maps"})
  public String workload;

  private Workload read;
  private PrometheusTextFormatWriter writer;
  private ByteSink sink;
  private MetricSnapshots collected;

  /** Builds the collectors and the snapshots of the writer's floor. */
  @Setup
  public void setUp() {
    read = Workload.of(workload, series);
    writer = PrometheusTextFormatWriter.create();
    sink = new ByteSink();
    collected = read.handwritten().collect();
  }

  /** The generated collector's collection. */
  @Benchmark
  public MetricSnapshots collectGenerated() {
    return read.collectGenerated();
  }

  /** The hand-written collector's collection. */
  @Benchmark
  public MetricSnapshots collectHandwritten() {
    return read.handwritten().collect();
  }

  /** The reflective reader's collection. */
  @Benchmark
  public MetricSnapshots collectReflection() {
    return read.reflection().collect();
  }

  /** The generated collector's collection, written as text. */
  @Benchmark
  public int scrapeGenerated() throws IOException {
    return write(read.collectGenerated());
  }

  /** The hand-written collector's collection, written as text. */
  @Benchmark
  public int scrapeHandwritten() throws IOException {
    return write(read.handwritten().collect());
  }

  /** The reflective reader's collection, written as text. */
  @Benchmark
  public int scrapeReflection() throws IOException {
    return write(read.reflection().collect());
  }

  /** Snapshots collected once, written as text: the floor. */
  @Benchmark
  public int writerFloor() throws IOException {
    return write(collected);
  }

  private int write(MetricSnapshots snapshots) throws IOException {
    sink.reset();
    writer.write(sink, snapshots);
    return sink.size();
  }
}
