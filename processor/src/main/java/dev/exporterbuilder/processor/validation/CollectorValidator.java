package dev.exporterbuilder.processor.validation;

import dev.exporterbuilder.annotations.Collector;
import dev.exporterbuilder.annotations.contract.GoDuration;
import dev.exporterbuilder.processor.gem.Attribute;
import dev.exporterbuilder.processor.gem.CollectorGem;
import dev.exporterbuilder.processor.gem.Gem;
import dev.exporterbuilder.processor.model.CollectorModel;
import dev.exporterbuilder.processor.model.FlagModel;
import dev.exporterbuilder.processor.model.MetricModel;
import javax.lang.model.element.Element;

/** Checks a collector class: its attributes, shape, metric members, reading, flags and constant labels. */
final class CollectorValidator {

  private final Diagnostics diagnostics;
  private final MetricValidator metrics;
  private final FlagValidator flags;
  private final ReadingValidator readings;
  private final ConstLabelValidator constLabels;

  CollectorValidator(Diagnostics diagnostics, FieldInitialisers initialisers) {
    this.diagnostics = diagnostics;
    this.metrics = new MetricValidator(diagnostics);
    this.flags = new FlagValidator(diagnostics, initialisers);
    this.readings = new ReadingValidator(diagnostics);
    this.constLabels = new ConstLabelValidator(diagnostics);
  }

  /**
   * @param namespace the namespace of the exporter that serves the collector, or empty when none of
   *     this compilation does
   */
  void validate(CollectorModel collector, String namespace) {
    if (collector.annotation().isPresent()) {
      validateAttributes(collector, collector.annotation().get());
    }
    for (MetricModel metric : collector.metrics()) {
      metrics.validate(metric, namespace, collector.subsystem());
    }
    readings.validate(collector);
    for (FlagModel flag : collector.flags()) {
      flags.validate(flag, false);
    }
    constLabels.validateMembers(collector.constLabels(), "collector " + collector.name());
  }

  private void validateAttributes(CollectorModel collector, CollectorGem annotation) {
    ClassRules.whyNotUsable(collector.type()).ifPresent(reason ->
        diagnostics.report(Message.EXPORTER_NOT_A_CLASS, collector.type(), annotation, Collector.class.getSimpleName(),
            reason));
    if (!NameRules.isSnakeCase(collector.name())) {
      diagnostics.report(Message.COLLECTOR_NAME_INVALID, collector.type(), annotation, annotation.name(),
          collector.name(), NameRules.suggestSnakeCase(collector.name()));
    }
    if (!collector.subsystem().isEmpty() && !NameRules.isSnakeCase(collector.subsystem())) {
      diagnostics.report(Message.SUBSYSTEM_INVALID, collector.type(), annotation, annotation.subsystem(),
          collector.subsystem(), NameRules.suggestSnakeCase(collector.subsystem()));
    }
    validateDuration(diagnostics, collector.type(), annotation, annotation.cache(), true);
    validateDuration(diagnostics, collector.type(), annotation, annotation.timeout(), false);
    if (collector.metrics().isEmpty()) {
      diagnostics.report(Message.COLLECTOR_WITHOUT_METRICS, collector.type(), annotation, collector.type().getSimpleName());
    }
  }

  /**
   * Checks a {@code cache} or {@code timeout} attribute, of {@code @Collector} or {@code @Exporter}.
   *
   * @param cache whether the duration is the {@code cache} interval, else the {@code timeout}
   */
  static void validateDuration(Diagnostics diagnostics, Element type, Gem annotation, Attribute<String> duration,
      boolean cache) {
    String text = duration.value();
    if (text.isEmpty()) {
      return;
    }
    try {
      if (GoDuration.parse(text).isZero()) {
        diagnostics.report(Message.DURATION_NOT_POSITIVE, type, annotation,
            duration, duration.name(), text, cache
                ? "remove it to collect on every scrape, or write an interval such as \"30s\""
                : "remove it to bound the collector by the scrape alone, or write a limit such as \"10s\"");
      }
    } catch (IllegalArgumentException e) {
      diagnostics.report(Message.DURATION_INVALID, type, annotation, duration,
          duration.name(), text, e.getMessage());
    }
  }
}
