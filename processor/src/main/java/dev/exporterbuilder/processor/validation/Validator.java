package dev.exporterbuilder.processor.validation;

import dev.exporterbuilder.processor.model.CollectorModel;
import dev.exporterbuilder.processor.model.ExporterModel;
import java.util.List;

/**
 * The validation entry point. Each method reports through {@link Diagnostics} and answers whether the
 * unit it checked is free of errors, so that nothing is written for a unit with errors.
 */
public final class Validator {

  private final Diagnostics diagnostics;
  private final ExporterValidator exporters;
  private final CollectorValidator collectors;

  public Validator(Diagnostics diagnostics) {
    this.diagnostics = diagnostics;
    this.exporters = new ExporterValidator(diagnostics);
    this.collectors = new CollectorValidator(diagnostics);
  }

  /** Checks a collector class on its own. */
  public boolean validateCollector(CollectorModel collector) {
    int before = diagnostics.errorCount();
    collectors.validate(collector);
    return diagnostics.errorCount() == before;
  }

  /** Checks a collector that no exporter of this compilation serves (library use). */
  public boolean validateStandalone(CollectorModel collector) {
    int before = diagnostics.errorCount();
    exporters.validateStandalone(collector);
    return diagnostics.errorCount() == before;
  }

  /** Checks an exporter class and, across {@code served}, the names that must be unique. */
  public boolean validateExporter(ExporterModel exporter, List<CollectorModel> served) {
    int before = diagnostics.errorCount();
    exporters.validate(exporter);
    exporters.validateServed(exporter, served);
    return diagnostics.errorCount() == before;
  }
}
