package dev.exporterbuilder.runtime;

import dev.exporterbuilder.runtime.generated.CollectorDefinition;
import dev.exporterbuilder.runtime.generated.ExporterDefinition;

/** What a generated {@code Main} looks like; started as a separate JVM by {@link MainProcessTest}. */
public final class TestExporterMain {

  private TestExporterMain() {}

  public static void main(String[] args) {
    ExporterDefinition definition = ExporterDefinition.builder("process-exporter", 9998, TestExporterMain.class)
        .help("An exporter in its own process.")
        .collector(CollectorDefinition.of("thermal", true, new GaugeCollector("process_exporter_temperature_celsius", 40, null)))
        .build();
    ExporterRuntime.main(definition, args);
  }
}
