package dev.exporterbuilder.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

class AlertUnitTestsTest {

  @Test
  void camelCaseOfExporterNames() {
    assertEquals("Host", AlertUnitTests.camelCase("host"));
    assertEquals("CpuTemp", AlertUnitTests.camelCase("cpu-temp"));
    assertEquals("ReadingIt", AlertUnitTests.camelCase("reading-it"));
    assertEquals("MyExporter", AlertUnitTests.camelCase("my_exporter"));
  }

  @Test
  void templatesExpandAsPrometheusExpandsThem() {
    assertEquals("cpu on localhost:9100 is 0.5 (and 10)", AlertUnitTests.expand("A",
        "{{ $labels.collector }} on {{$labels.instance}} is {{ $value }} (and {{ .Labels.n }})",
        Map.of("collector", "cpu", "instance", "localhost:9100", "n", "10"), 0.5));
    assertEquals("0 and 8 and 120", AlertUnitTests.goFloat(0) + " and " + AlertUnitTests.goFloat(8.0) + " and "
        + AlertUnitTests.goFloat(120));
  }

  @Test
  void humanizeDurationAsPrometheus() {
    assertEquals("6m 0s", AlertUnitTests.humanizeDuration(360));
    assertEquals("14s", AlertUnitTests.humanizeDuration(14));
    assertEquals("11.2s", AlertUnitTests.humanizeDuration(11.2));
    assertEquals("1h 0m 1s", AlertUnitTests.humanizeDuration(3601));
    assertEquals("2d 0h 0m 0s", AlertUnitTests.humanizeDuration(172800));
    assertEquals("250ms", AlertUnitTests.humanizeDuration(0.25));
    assertEquals("0s", AlertUnitTests.humanizeDuration(0));
    assertEquals("6m 0s", AlertUnitTests.expand("A", "{{ $value | humanizeDuration }}", Map.of(), 360));
  }

  @Test
  void anUnknownTemplateFails() {
    assertThrows(AssertionFailedError.class,
        () -> AlertUnitTests.expand("A", "{{ $value | humanize }}", Map.of(), 1));
  }
}
