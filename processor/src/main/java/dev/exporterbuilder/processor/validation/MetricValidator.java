package dev.exporterbuilder.processor.validation;

import dev.exporterbuilder.processor.gem.Attribute;
import dev.exporterbuilder.processor.gem.LabelGem;
import dev.exporterbuilder.processor.model.LabelComponent;
import dev.exporterbuilder.processor.model.MetricKind;
import dev.exporterbuilder.processor.model.MetricModel;
import dev.exporterbuilder.processor.model.Naming;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Checks one metric member: its name, help, unit and labels, then its shape ({@link ShapeValidator}). */
final class MetricValidator {

  private final Diagnostics diagnostics;
  private final ShapeValidator shapes;
  private final KeyedValidator keyed;

  MetricValidator(Diagnostics diagnostics) {
    this.diagnostics = diagnostics;
    this.shapes = new ShapeValidator(diagnostics);
    this.keyed = new KeyedValidator(diagnostics);
  }

  /**
   * @param subsystem the collector's subsystem, the first word of the name when not empty
   */
  void validate(MetricModel metric, String subsystem) {
    boolean shapeKnown = keyed.validate(metric);
    if (metric.name().contains("{") || metric.name().contains("}")) {
      shapeKnown = false; // a misspelt {key}: whether the member returns a family per key is unknown
      report(Message.NAME_PLACEHOLDER_UNKNOWN, metric, metric.annotation().name(), metric.annotation().name().value());
    } else {
      validateName(metric);
      validateConventions(metric, subsystem);
    }
    validateHelp(metric);
    validateUnit(metric);
    validateLabels(metric);
    if (shapeKnown) {
      shapes.validate(metric);
    }
  }

  /**
   * Label names follow the metric naming rules, and some names belong to others. They are reported
   * where they are written: on {@code labels}, or on the record component that is the label.
   */
  private void validateLabels(MetricModel metric) {
    Set<String> seen = new HashSet<>();
    if (!metric.labelComponents().isEmpty()) {
      for (LabelComponent component : metric.labelComponents()) {
        Optional<LabelGem> label = LabelGem.of(component.component());
        validateLabel(component.name(), seen, (message, arguments) -> diagnostics.report(message,
            component.component(), label.orElse(null), label.map(LabelGem::value).orElse(null), arguments));
      }
    } else {
      Attribute<List<String>> value = metric.annotation().labels();
      for (String label : metric.labels()) {
        validateLabel(label, seen, (message, arguments) -> report(message, metric, value, arguments));
      }
    }
  }

  interface Reporter {
    void report(Message message, Object... arguments);
  }

  /** Checks one label name, {@code seen} holding the names before it; also for constant labels. */
  static void validateLabel(String label, Set<String> seen, Reporter reporter) {
    if (!seen.add(label)) {
      reporter.report(Message.DUPLICATE_LABEL, label);
    } else if (!NameRules.isLegacyName(label)) {
      reporter.report(Message.LABEL_NAME_INVALID, label, NameRules.suggestSnakeCase(label));
    } else if (NameRules.hasUpperCase(label)) {
      reporter.report(Message.LABEL_NAME_CAMEL_CASE, label, NameRules.suggestSnakeCase(label));
    } else if (NameRules.TYPE_LABELS.containsKey(label)) {
      reporter.report(Message.LABEL_RESERVED_FOR_TYPE, label, NameRules.TYPE_LABELS.get(label));
    } else if (NameRules.TARGET_LABELS.containsKey(label)) {
      reporter.report(Message.LABEL_TARGET_LIKE, label, NameRules.TARGET_LABELS.get(label));
    } else if (label.equals("type")) {
      reporter.report(Message.LABEL_NAMED_TYPE);
    }
  }

  private void validateName(MetricModel metric) {
    String name = metric.name();
    Attribute<String> value = metric.annotation().name();
    String shown = shownName(metric);
    if (!NameRules.isLegacyName(name)) {
      report(Message.METRIC_NAME_INVALID, metric, value, shown, NameRules.suggestSnakeCase(name));
    } else if (NameRules.hasUpperCase(name)) {
      report(Message.METRIC_NAME_CAMEL_CASE, metric, value, shown, NameRules.suggestSnakeCase(name));
    } else {
      // judged on the exposed name: "memory_total" with unit "bytes" is exposed as memory_total_bytes
      String exposed = metric.fullName("", "");
      Optional<String> suffix = NameRules.reservedSuffix(exposed);
      if (suffix.isPresent()) {
        String without = exposed.length() > suffix.get().length()
            ? exposed.substring(0, exposed.length() - suffix.get().length())
            : "a_name_saying_what_is_" + (suffix.get().equals("_total") ? "counted" : "measured");
        report(Message.METRIC_NAME_RESERVED_SUFFIX, metric, value, shown, suffix.get(),
            NameRules.RESERVED_SUFFIXES.get(suffix.get()), without);
      }
    }
  }

  /**
   * Naming conventions of the name the author wrote or derived, apart from its words: those are
   * judged in the exposed name ({@link ExposedNameValidator}).
   */
  private void validateConventions(MetricModel metric, String subsystem) {
    String name = metric.name();
    if (!NameRules.isLegacyName(name) || NameRules.hasUpperCase(name)) {
      return; // already reported; the conventions assume a snake_case name
    }
    Attribute<String> value = metric.annotation().name();
    String shown = shownName(metric);
    String local = subsystem.isEmpty() ? name : subsystem + "_" + name;
    NameRules.reservedPrefix(local).ifPresent(prefix -> report(Message.NAME_RESERVED_PREFIX, metric, value,
        "\"" + local + "\"", prefix + "_", NameRules.RESERVED_PREFIXES.get(prefix)));
    if (metric.kind() != MetricKind.GAUGE && metric.fullName("", "").endsWith("_timestamp_seconds")) {
      report(Message.TIMESTAMP_NOT_GAUGE, metric, value, shown);
    }
  }

  /** A derived name is shown with the member it came from, since the author never wrote it. */
  static String shownName(MetricModel metric) {
    String quoted = "\"" + metric.name() + "\"";
    return metric.nameWritten() ? quoted : quoted + " (from " + metric.displayName() + ")";
  }

  private void validateHelp(MetricModel metric) {
    Attribute<String> value = metric.annotation().help();
    if (metric.help().isBlank()) {
      report(Message.HELP_MISSING, metric, value, metric.kind().annotationName() + " " + metric.displayName());
    } else if (metric.help().contains("\n") || metric.help().contains("\r")) {
      report(Message.HELP_MULTILINE, metric, value);
    }
  }

  private void validateUnit(MetricModel metric) {
    String unit = metric.unit();
    if (unit.isEmpty()) {
      return;
    }
    Attribute<String> value = metric.annotation().unit();
    Optional<String> base = NameRules.baseUnit(unit);
    if (!NameRules.isSnakeCase(unit)) {
      report(Message.UNIT_INVALID, metric, value, unit);
    } else if (base.isPresent() && !base.get().equals(unit)) {
      report(Message.UNIT_NOT_BASE, metric, value, unit, base.get());
    }
  }


  private void report(Message message, MetricModel metric, Attribute<?> value, Object... arguments) {
    diagnostics.report(message, metric.member(), metric.annotation(), value, arguments);
  }
}
