package dev.exporterbuilder.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class PromQlSelectorsTest {

  private static List<String> names(String expr) {
    return PromQlSelectors.of(expr).stream().map(PromQlSelectors.Selector::metricName).toList();
  }

  @Test
  void namesBeforeBracesAndRangesAndOnTheirOwn() {
    assertEquals(List.of("a_total", "b", "c"), names("rate(a_total{x=\"1\"}[5m]) / b + c"));
  }

  @Test
  void aggregationsFunctionsKeywordsAndLabelListsAreNoNames() {
    assertEquals(List.of("x_bucket"),
        names("histogram_quantile(0.9, sum by (le, instance) (rate(x_bucket{instance=~\".*\"}[5m])))"));
    assertEquals(List.of("x", "y"), names("sum(x) without (mode) / on(instance) group_left(version) y offset 5m"));
    assertEquals(List.of("x"), names("max without(cpu) (x) > bool 1e3"));
  }

  @Test
  void labelValuesAndStringsAreNoNames() {
    assertEquals(List.of("up"), names("up{job=\"sum\", instance=~\"rate(.*)\"} == 0"));
    assertEquals(List.of("a"), names("label_replace(a, \"dst\", \"$1\", \"src\", \"b(.*)\")"));
  }

  @Test
  void nameMatchersAreRead() {
    List<PromQlSelectors.Selector> selectors = PromQlSelectors.of("{__name__=~\"node_.+_bytes\",instance=~\".*\"}");
    assertEquals(1, selectors.size());
    assertEquals(null, selectors.get(0).metricName());
    assertEquals(List.of(new PromQlSelectors.Matcher("__name__", "=~", "node_.+_bytes")),
        selectors.get(0).nameMatchers());
  }
}
