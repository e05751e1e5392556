package dev.exporterbuilder.bench;

import dev.exporterbuilder.annotations.Collector;
import dev.exporterbuilder.annotations.Gauge;
import dev.exporterbuilder.annotations.Label;
import dev.exporterbuilder.bench.reflect.ReflectiveGauge;
import dev.exporterbuilder.bench.reflect.ReflectiveLabel;
import java.util.ArrayList;
import java.util.List;

/**
 * Ten families of {@code --series} series each, {@code id} 0 to n-1, value {@code id * 1.5 + family}, the shape a hand-written baseline serves too.
 * The {@link ReflectiveGauge} and {@link ReflectiveLabel} annotations beside ours are read only by the reflective baseline of the in-process benchmarks.
 */
@Collector(name = "families")
public class Families {

  /** One series: its id and value. */
  record Series(@Label @ReflectiveLabel String id, double value) {}

  private String[] ids = new String[0];

  private List<Series> family(int family) {
    int series = BenchExporter.series;
    if (ids.length != series) {
      String[] fresh = new String[series];
      for (int i = 0; i < series; i++) {
        fresh[i] = Integer.toString(i);
      }
      ids = fresh;
    }
    String[] current = ids;
    List<Series> values = new ArrayList<>(series);
    for (int i = 0; i < series; i++) {
      values.add(new Series(current[i], i * 1.5 + family));
    }
    return values;
  }

  @Gauge(name = "family_0_value", help = "Synthetic gauge family for scrape benchmarks.")
  @ReflectiveGauge(name = "family_0_value", help = "Synthetic gauge family for scrape benchmarks.")
  List<Series> family0() {
    return family(0);
  }

  @Gauge(name = "family_1_value", help = "Synthetic gauge family for scrape benchmarks.")
  @ReflectiveGauge(name = "family_1_value", help = "Synthetic gauge family for scrape benchmarks.")
  List<Series> family1() {
    return family(1);
  }

  @Gauge(name = "family_2_value", help = "Synthetic gauge family for scrape benchmarks.")
  @ReflectiveGauge(name = "family_2_value", help = "Synthetic gauge family for scrape benchmarks.")
  List<Series> family2() {
    return family(2);
  }

  @Gauge(name = "family_3_value", help = "Synthetic gauge family for scrape benchmarks.")
  @ReflectiveGauge(name = "family_3_value", help = "Synthetic gauge family for scrape benchmarks.")
  List<Series> family3() {
    return family(3);
  }

  @Gauge(name = "family_4_value", help = "Synthetic gauge family for scrape benchmarks.")
  @ReflectiveGauge(name = "family_4_value", help = "Synthetic gauge family for scrape benchmarks.")
  List<Series> family4() {
    return family(4);
  }

  @Gauge(name = "family_5_value", help = "Synthetic gauge family for scrape benchmarks.")
  @ReflectiveGauge(name = "family_5_value", help = "Synthetic gauge family for scrape benchmarks.")
  List<Series> family5() {
    return family(5);
  }

  @Gauge(name = "family_6_value", help = "Synthetic gauge family for scrape benchmarks.")
  @ReflectiveGauge(name = "family_6_value", help = "Synthetic gauge family for scrape benchmarks.")
  List<Series> family6() {
    return family(6);
  }

  @Gauge(name = "family_7_value", help = "Synthetic gauge family for scrape benchmarks.")
  @ReflectiveGauge(name = "family_7_value", help = "Synthetic gauge family for scrape benchmarks.")
  List<Series> family7() {
    return family(7);
  }

  @Gauge(name = "family_8_value", help = "Synthetic gauge family for scrape benchmarks.")
  @ReflectiveGauge(name = "family_8_value", help = "Synthetic gauge family for scrape benchmarks.")
  List<Series> family8() {
    return family(8);
  }

  @Gauge(name = "family_9_value", help = "Synthetic gauge family for scrape benchmarks.")
  @ReflectiveGauge(name = "family_9_value", help = "Synthetic gauge family for scrape benchmarks.")
  List<Series> family9() {
    return family(9);
  }
}
