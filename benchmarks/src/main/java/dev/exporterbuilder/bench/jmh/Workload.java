package dev.exporterbuilder.bench.jmh;

import dev.exporterbuilder.bench.BenchExporter;
import dev.exporterbuilder.bench.Families;
import dev.exporterbuilder.bench.FamiliesCollector;
import dev.exporterbuilder.bench.FamilyMaps;
import dev.exporterbuilder.bench.FamilyMapsCollector;
import dev.exporterbuilder.bench.handwritten.HandwrittenCollector;
import dev.exporterbuilder.bench.handwritten.HandwrittenMapsCollector;
import dev.exporterbuilder.bench.reflect.ReflectiveCollector;
import dev.exporterbuilder.runtime.ExporterCollector;
import dev.exporterbuilder.runtime.MemberErrors;
import io.prometheus.metrics.model.registry.MultiCollector;
import io.prometheus.metrics.model.snapshots.MetricSnapshots;
import java.lang.reflect.Field;
import java.util.Locale;

/**
 * One workload of the in-process benchmarks, read three ways: ten gauge families of {@code series}
 * labelled series each, by the processor-generated collector, by the same collector written by hand
 * against client_java, and by {@link ReflectiveCollector}. All three serve the same exposition text
 * (checked by the module's tests), so the benchmarks compare equal work.
 *
 * <ul>
 *   <li>{@code records}: {@link Families} (a list of records per family, labelled by {@code @Label id}),
 *       read by {@link FamiliesCollector}, {@link HandwrittenCollector} (the end-to-end baseline) and
 *       reflection;
 *   <li>{@code maps}: {@link FamilyMaps} (a {@code Map<String, Double>} per family, {@code labels = "id"}),
 *       read by {@link FamilyMapsCollector}, {@link HandwrittenMapsCollector} and reflection.
 * </ul>
 *
 * @param name {@code records} or {@code maps}
 * @param series the series per family
 * @param generated the generated collector
 * @param handwritten the hand-written client_java collector
 * @param reflection the reflective reader
 */
public record Workload(String name, int series, ExporterCollector generated, MultiCollector handwritten, ReflectiveCollector reflection) {

  /** The namespace of every family: the bench exporter's. */
  public static final String NAMESPACE = "bench";

  /** What the generated collector reports a failed member to: the benchmarks have none, so it is an error. */
  private static final MemberErrors NO_FAILURES = (member, cause) -> {
    throw new IllegalStateException("member " + member + " failed", cause);
  };

  /**
   * @param name {@code records} or {@code maps}
   * @param series the series per family, at least 1
   */
  public static Workload of(String name, int series) {
    if (series < 1) {
      throw new IllegalArgumentException("series must be at least 1: " + series);
    }
    switch (name.toLowerCase(Locale.ROOT)) {
      case "records": {
        setSeries(series);
        Families families = new Families();
        return new Workload("records", series, new FamiliesCollector(families),
            new HandwrittenCollector(10, series), new ReflectiveCollector(families, NAMESPACE));
      }
      case "maps": {
        FamilyMaps maps = new FamilyMaps(series);
        return new Workload("maps", series, new FamilyMapsCollector(maps, NAMESPACE),
            new HandwrittenMapsCollector(maps, NAMESPACE), new ReflectiveCollector(maps, NAMESPACE));
      }
      default:
        throw new IllegalArgumentException("no workload " + name + ": records or maps");
    }
  }

  /** The generated collector's snapshots, as the exporter runtime collects them. */
  public MetricSnapshots collectGenerated() {
    return generated.collect(NO_FAILURES);
  }

  /**
   * {@link Families} reads its size from the bench exporter's {@code --series} flag, a static field
   * that the generated {@code Main} sets from the command line: set it as that would.
   */
  private static void setSeries(int series) {
    try {
      Field field = BenchExporter.class.getDeclaredField("series");
      field.setAccessible(true);
      field.setInt(null, series);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot set BenchExporter.series", e);
    }
  }
}
