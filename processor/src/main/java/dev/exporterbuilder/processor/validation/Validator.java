package dev.exporterbuilder.processor.validation;

import dev.exporterbuilder.processor.model.CollectorModel;
import dev.exporterbuilder.processor.model.ExporterModel;
import dev.exporterbuilder.processor.model.LifecycleModel;
import java.util.List;

/**
 * The validation entry point. Each method reports through {@link Diagnostics} and answers whether the
 * unit it checked is free of errors, so that nothing is written for a unit with errors.
 */
public final class Validator {

  private final Diagnostics diagnostics;
  private final ExporterValidator exporters;
  private final CollectorValidator collectors;
  private final InitValidator inits;

  public Validator(Diagnostics diagnostics, FieldInitialisers initialisers) {
    this.diagnostics = diagnostics;
    this.exporters = new ExporterValidator(diagnostics, initialisers);
    this.collectors = new CollectorValidator(diagnostics, initialisers);
    this.inits = new InitValidator(diagnostics);
  }

  /** Checks the {@code @Init} methods of an exporter or collector class, once per class. */
  public boolean validateLifecycle(LifecycleModel lifecycle) {
    return inits.validate(lifecycle);
  }

  /**
   * Checks that the exporter's Main can initialise and close what it serves.
   *
   * @param instanceNeeded whether the Main creates the class for its members or flags anyway
   */
  public boolean validateServedLifecycle(ExporterModel exporter, LifecycleModel lifecycle, boolean instanceNeeded) {
    int before = diagnostics.errorCount();
    inits.validateServed(exporter, lifecycle, instanceNeeded);
    return diagnostics.errorCount() == before;
  }

  /**
   * Checks a collector class on its own.
   *
   * @param namespace the namespace its names are exposed under: that of the exporter of this
   *     compilation that serves it, else empty
   */
  public boolean validateCollector(CollectorModel collector, String namespace) {
    int before = diagnostics.errorCount();
    collectors.validate(collector, namespace);
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
