package dev.exporterbuilder.bench;

import dev.exporterbuilder.annotations.Collector;
import dev.exporterbuilder.annotations.Gauge;
import dev.exporterbuilder.bench.reflect.ReflectiveGauge;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The maps workload of the in-process benchmarks: ten families of {@code series} series each, as
 * {@code Map<String, Double>} of label {@code id} (0 to series-1) to value {@code id * 1.5 + family},
 * a fresh map on every collection. Not served by {@link BenchExporter} (which serves exactly the
 * ten record families of {@link Families}): the benchmarks build its generated {@code FamilyMapsCollector}
 * themselves. The {@link ReflectiveGauge} annotations beside ours are read by the reflective baseline.
 */
@Collector(name = "family_maps")
public class FamilyMaps {

  /** The help text of every family. */
  public static final String HELP = "Synthetic gauge family for scrape benchmarks, from a map.";

  private final String[] ids;

  /**
   * @param series the series per family
   */
  public FamilyMaps(int series) {
    ids = new String[series];
    for (int i = 0; i < series; i++) {
      ids[i] = Integer.toString(i);
    }
  }

  private Map<String, Double> family(int family) {
    Map<String, Double> values = new LinkedHashMap<>(ids.length * 4 / 3 + 1);
    for (int i = 0; i < ids.length; i++) {
      values.put(ids[i], i * 1.5 + family);
    }
    return values;
  }

  @Gauge(name = "map_family_0_value", help = HELP, labels = "id")
  @ReflectiveGauge(name = "map_family_0_value", help = HELP, labels = "id")
  public Map<String, Double> family0() {
    return family(0);
  }

  @Gauge(name = "map_family_1_value", help = HELP, labels = "id")
  @ReflectiveGauge(name = "map_family_1_value", help = HELP, labels = "id")
  public Map<String, Double> family1() {
    return family(1);
  }

  @Gauge(name = "map_family_2_value", help = HELP, labels = "id")
  @ReflectiveGauge(name = "map_family_2_value", help = HELP, labels = "id")
  public Map<String, Double> family2() {
    return family(2);
  }

  @Gauge(name = "map_family_3_value", help = HELP, labels = "id")
  @ReflectiveGauge(name = "map_family_3_value", help = HELP, labels = "id")
  public Map<String, Double> family3() {
    return family(3);
  }

  @Gauge(name = "map_family_4_value", help = HELP, labels = "id")
  @ReflectiveGauge(name = "map_family_4_value", help = HELP, labels = "id")
  public Map<String, Double> family4() {
    return family(4);
  }

  @Gauge(name = "map_family_5_value", help = HELP, labels = "id")
  @ReflectiveGauge(name = "map_family_5_value", help = HELP, labels = "id")
  public Map<String, Double> family5() {
    return family(5);
  }

  @Gauge(name = "map_family_6_value", help = HELP, labels = "id")
  @ReflectiveGauge(name = "map_family_6_value", help = HELP, labels = "id")
  public Map<String, Double> family6() {
    return family(6);
  }

  @Gauge(name = "map_family_7_value", help = HELP, labels = "id")
  @ReflectiveGauge(name = "map_family_7_value", help = HELP, labels = "id")
  public Map<String, Double> family7() {
    return family(7);
  }

  @Gauge(name = "map_family_8_value", help = HELP, labels = "id")
  @ReflectiveGauge(name = "map_family_8_value", help = HELP, labels = "id")
  public Map<String, Double> family8() {
    return family(8);
  }

  @Gauge(name = "map_family_9_value", help = HELP, labels = "id")
  @ReflectiveGauge(name = "map_family_9_value", help = HELP, labels = "id")
  public Map<String, Double> family9() {
    return family(9);
  }
}
