package dev.exporterbuilder.it;

import dev.exporterbuilder.annotations.Collector;
import dev.exporterbuilder.annotations.Gauge;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * 1,000 series, the shape of the benchmark exporters: 10 gauge families of 100 labelled
 * series, values computed on every scrape. Off unless {@code --collector.bulk}.
 */
@Collector(enabledByDefault = false, subsystem = "bulk")
public class Bulk {

  static final int SERIES = 100;

  private static Map<String, Double> family(int family) {
    Map<String, Double> values = new LinkedHashMap<>(SERIES * 2);
    long now = System.nanoTime();
    for (int i = 0; i < SERIES; i++) {
      values.put("queue-" + i, (double) ((now >>> 10) % 1000 + family * 1000 + i));
    }
    return values;
  }

  @Gauge(help = "Bulk family 0.", labels = "queue")
  Map<String, Double> family0() {
    return family(0);
  }

  @Gauge(help = "Bulk family 1.", labels = "queue")
  Map<String, Double> family1() {
    return family(1);
  }

  @Gauge(help = "Bulk family 2.", labels = "queue")
  Map<String, Double> family2() {
    return family(2);
  }

  @Gauge(help = "Bulk family 3.", labels = "queue")
  Map<String, Double> family3() {
    return family(3);
  }

  @Gauge(help = "Bulk family 4.", labels = "queue")
  Map<String, Double> family4() {
    return family(4);
  }

  @Gauge(help = "Bulk family 5.", labels = "queue")
  Map<String, Double> family5() {
    return family(5);
  }

  @Gauge(help = "Bulk family 6.", labels = "queue")
  Map<String, Double> family6() {
    return family(6);
  }

  @Gauge(help = "Bulk family 7.", labels = "queue")
  Map<String, Double> family7() {
    return family(7);
  }

  @Gauge(help = "Bulk family 8.", labels = "queue")
  Map<String, Double> family8() {
    return family(8);
  }

  @Gauge(help = "Bulk family 9.", labels = "queue")
  Map<String, Double> family9() {
    return family(9);
  }
}
