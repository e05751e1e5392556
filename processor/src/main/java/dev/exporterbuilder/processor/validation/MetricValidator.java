package dev.exporterbuilder.processor.validation;

import dev.exporterbuilder.processor.gem.Attribute;
import dev.exporterbuilder.processor.gem.LabelGem;
import dev.exporterbuilder.processor.model.LabelComponent;
import dev.exporterbuilder.processor.model.MetricKind;
import dev.exporterbuilder.processor.model.MetricModel;
import dev.exporterbuilder.processor.model.Naming;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
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
   * @param namespace the namespace of the exporter that serves the member's collector, or empty
   *     when none of this compilation does (its names are judged without it)
   * @param subsystem the collector's subsystem, the first word of the name when not empty
   */
  void validate(MetricModel metric, String namespace, String subsystem) {
    boolean shapeKnown = keyed.validate(metric);
    if (metric.name().contains("{") || metric.name().contains("}")) {
      shapeKnown = false; // a misspelt {key}: whether the member returns a family per key is unknown
      report(Message.NAME_PLACEHOLDER_UNKNOWN, metric, metric.annotation().name(), metric.annotation().name().value());
    } else {
      validateName(metric, namespace, subsystem);
      validateConventions(metric, namespace, subsystem);
    }
    validateHelp(metric);
    validateUnit(metric, namespace, subsystem);
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
        validateLabel(component.name(), metric.kind(), seen, (message, arguments) -> diagnostics.report(message,
            component.component(), label.orElse(null), label.map(LabelGem::value).orElse(null), arguments));
      }
    } else {
      Attribute<List<String>> value = metric.annotation().labels();
      for (String label : metric.labels()) {
        validateLabel(label, metric.kind(), seen, (message, arguments) -> report(message, metric, value, arguments));
      }
    }
  }

  interface Reporter {
    void report(Message message, Object... arguments);
  }

  /**
   * A label's name; {@code le} and {@code quantile} are the series labels of histograms and
   * summaries: on its own type client_java would write the label twice, on another it is a legacy
   * name that may be kept.
   *
   * @param kind the metric's type; null for a constant label, which is on no one type:
   *     {@link ConstLabelValidator} checks it against the histograms and summaries it is added to
   */
  static void validateLabel(String label, MetricKind kind, Set<String> seen, Reporter reporter) {
    if (!seen.add(label)) {
      reporter.report(Message.DUPLICATE_LABEL, label);
    } else if (!NameRules.isLegacyName(label)) {
      reporter.report(Message.LABEL_NAME_INVALID, label, NameRules.suggestSnakeCase(label));
    } else if (NameRules.hasUpperCase(label)) {
      reporter.report(Message.LABEL_NAME_CAMEL_CASE, label, NameRules.suggestSnakeCase(label));
    } else if (NameRules.TYPE_LABELS.containsKey(label) && kind != null) {
      boolean ownType = label.equals("le") ? kind == MetricKind.HISTOGRAM : kind == MetricKind.SUMMARY;
      if (ownType) {
        reporter.report(Message.LABEL_RESERVED_FOR_TYPE, label, NameRules.TYPE_LABELS.get(label));
      } else {
        reporter.report(Message.LABEL_OF_OTHER_TYPE, label, NameRules.TYPE_LABELS.get(label), kind.described());
      }
    } else if (NameRules.TARGET_LABELS.containsKey(label)) {
      reporter.report(Message.LABEL_TARGET_LIKE, label, NameRules.TARGET_LABELS.get(label));
    } else if (label.equals("type")) {
      reporter.report(Message.LABEL_NAMED_TYPE);
    }
  }

  private void validateName(MetricModel metric, String namespace, String subsystem) {
    String name = metric.name();
    Attribute<String> value = metric.annotation().name();
    String shown = shownName(metric, namespace, subsystem);
    if (!NameRules.isLegacyName(name.replace(':', '_'))) {
      report(Message.METRIC_NAME_INVALID, metric, value, shown, NameRules.suggestSnakeCase(name));
    } else if (NameRules.hasUpperCase(name)) {
      report(Message.METRIC_NAME_CAMEL_CASE, metric, value, shown, NameRules.suggestSnakeCase(name));
    } else {
      if (name.contains(":")) {
        report(Message.METRIC_NAME_COLON, metric, value, "metric name " + shownName(metric),
            quoted(exposedName(metric, namespace, subsystem)), NameRules.suggestSnakeCase(name));
      }
      validateSuffix(metric, namespace, subsystem);
    }
  }

  /**
   * A reserved suffix at the end of the exposed name (before the suffix the type adds): the one the
   * member's own type adds cannot be kept, since client_java would write it twice; any other says
   * the metric is of a type it is not, which a legacy name may keep.
   */
  private void validateSuffix(MetricModel metric, String namespace, String subsystem) {
    String local = metric.fullName("", "");
    Optional<String> found = NameRules.reservedSuffix(local);
    if (found.isEmpty()) {
      return;
    }
    String suffix = found.get();
    String unit = metric.unit();
    boolean inUnit = !unit.isEmpty() && !Naming.fullName(namespace, subsystem, metric.name(), "").endsWith("_" + unit)
        && ("_" + unit).endsWith(suffix);
    Attribute<String> value = inUnit ? metric.annotation().unit() : metric.annotation().name();
    String part = inUnit ? "unit " + quoted(unit) : "metric name " + shownName(metric);
    String without = local.length() > suffix.length() ? local.substring(0, local.length() - suffix.length()) : "";
    String instead = inUnit || without.isEmpty()
        ? (inUnit ? "another unit" : "a name saying what is measured")
        : "name = \"" + without + "\"";
    String kind = metric.kind().described();
    if (metric.kind().claimedNames("").contains(suffix)) {
      report(Message.METRIC_NAME_RESERVED_SUFFIX, metric, value, part, suffix, kind,
          quoted(metric.fullName(namespace, subsystem) + suffix), instead);
    } else {
      report(Message.NAME_FOREIGN_SUFFIX, metric, value, part, suffix,
          quoted(exposedName(metric, namespace, subsystem)), NameRules.RESERVED_SUFFIXES.get(suffix), kind, instead);
    }
  }

  /**
   * Naming conventions of the name the author wrote or derived, apart from its words: those are
   * judged in the exposed name ({@link ExposedNameValidator}).
   */
  private void validateConventions(MetricModel metric, String namespace, String subsystem) {
    String name = metric.name();
    if (!NameRules.isLegacyName(name.replace(':', '_')) || NameRules.hasUpperCase(name)) {
      return; // already reported; the conventions assume a snake_case name
    }
    Attribute<String> value = metric.annotation().name();
    String shown = shownName(metric, namespace, subsystem);
    String local = subsystem.isEmpty() ? name : subsystem + "_" + name;
    NameRules.reservedPrefix(local).ifPresent(prefix -> report(Message.NAME_RESERVED_PREFIX, metric, value,
        "\"" + local + "\"" + (namespace.isEmpty() ? "" : " (exposed as " + quoted(exposedName(metric, namespace,
            subsystem)) + ")"), prefix + "_", NameRules.RESERVED_PREFIXES.get(prefix)));
    if (metric.kind() != MetricKind.GAUGE && metric.fullName("", "").endsWith("_timestamp_seconds")) {
      report(Message.TIMESTAMP_NOT_GAUGE, metric, value, shown);
    }
  }

  /** A derived name is shown with the member it came from, since the author never wrote it. */
  static String shownName(MetricModel metric) {
    String quoted = "\"" + metric.name() + "\"";
    return metric.nameWritten() ? quoted : quoted + " (from " + metric.displayName() + ")";
  }

  /**
   * The name as written or derived, and as exposed where that differs: {@code "count" (exposed as
   * "pg_locks_count")}.
   */
  static String shownName(MetricModel metric, String namespace, String subsystem) {
    String exposed = exposedName(metric, namespace, subsystem);
    List<String> notes = new ArrayList<>();
    if (!metric.nameWritten()) {
      notes.add("from " + metric.displayName());
    }
    if (!exposed.equals(metric.name())) {
      notes.add("exposed as " + quoted(exposed));
    }
    String quoted = quoted(metric.name());
    return notes.isEmpty() ? quoted : quoted + " (" + String.join(", ", notes) + ")";
  }

  /** The family name as exposed: namespace, subsystem, name, unit and the suffix the type adds. */
  static String exposedName(MetricModel metric, String namespace, String subsystem) {
    return metric.fullName(namespace, subsystem) + metric.kind().exposedSuffix();
  }

  private static String quoted(String name) {
    return "\"" + name + "\"";
  }

  private void validateHelp(MetricModel metric) {
    Attribute<String> value = metric.annotation().help();
    if (metric.help().isBlank()) {
      report(Message.HELP_MISSING, metric, value, metric.kind().annotationName() + " " + metric.displayName());
    } else if (metric.help().contains("\n") || metric.help().contains("\r")) {
      report(Message.HELP_MULTILINE, metric, value);
    }
  }

  private void validateUnit(MetricModel metric, String namespace, String subsystem) {
    String unit = metric.unit();
    if (unit.isEmpty()) {
      return;
    }
    Attribute<String> value = metric.annotation().unit();
    Optional<String> base = NameRules.baseUnit(unit);
    String shown = quoted(unit) + " (exposed as " + quoted(exposedName(metric, namespace, subsystem)) + ")";
    if (NameRules.isSnakeCase(unit.toLowerCase(Locale.ROOT)) && NameRules.hasUpperCase(unit)) {
      report(Message.UNIT_CAMEL_CASE, metric, value, shown, unit.toLowerCase(Locale.ROOT));
    } else if (!NameRules.isSnakeCase(unit)) {
      report(Message.UNIT_INVALID, metric, value, shown);
    } else if (base.isPresent() && !base.get().equals(unit)) {
      report(Message.UNIT_NOT_BASE, metric, value, shown, base.get());
    }
  }


  private void report(Message message, MetricModel metric, Attribute<?> value, Object... arguments) {
    diagnostics.report(message, metric.member(), metric.annotation(), value, arguments);
  }
}
