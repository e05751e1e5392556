package dev.exporterbuilder.processor.validation;

import dev.exporterbuilder.processor.gem.FlagGem;
import dev.exporterbuilder.processor.model.CollectorModel;
import dev.exporterbuilder.processor.model.ConstLabelModel;
import dev.exporterbuilder.processor.model.ExporterModel;
import dev.exporterbuilder.processor.model.KeyedName;
import dev.exporterbuilder.processor.model.LabelComponent;
import dev.exporterbuilder.processor.model.MetricKind;
import dev.exporterbuilder.processor.model.MetricModel;
import dev.exporterbuilder.processor.model.Naming;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * Checks {@code @ConstLabel} members: each on its own (a label name, a value type, a member the Main
 * can read), and, for each collector an exporter serves, the labels its samples get (the exporter's
 * and its own) against each other and against the labels of its members, since client_java cannot
 * write a sample with a label twice.
 */
final class ConstLabelValidator {

  /** The boxes a label value may have besides String and enums. */
  private static final Set<String> BOXES = Set.of("java.lang.String", "java.lang.Boolean", "java.lang.Byte",
      "java.lang.Short", "java.lang.Integer", "java.lang.Long", "java.lang.Float", "java.lang.Double",
      "java.lang.Character");

  private final Diagnostics diagnostics;

  ConstLabelValidator(Diagnostics diagnostics) {
    this.diagnostics = diagnostics;
  }

  /**
   * Checks each member, and that no name is given twice.
   *
   * @param labelled what the labels go on, for the message: {@code every collector} or {@code collector disks}
   */
  void validateMembers(List<ConstLabelModel> labels, String labelled) {
    Map<String, ConstLabelModel> seen = new LinkedHashMap<>();
    for (ConstLabelModel label : labels) {
      validateMember(label);
      ConstLabelModel first = seen.putIfAbsent(label.name(), label);
      if (first != null) {
        report(Message.CONST_LABEL_DUPLICATE, label, label.name(), first.displayName(), labelled);
      }
    }
  }

  private void validateMember(ConstLabelModel label) {
    MetricValidator.validateLabel(label.name(), null, new HashSet<>(),
        (message, arguments) -> report(message, label, arguments));
    if (label.member().getModifiers().contains(Modifier.PRIVATE)) {
      report(Message.CONST_LABEL_MEMBER_INVALID, label, label.displayName(), "is private");
    } else if (label.method() && !((ExecutableElement) label.member()).getParameters().isEmpty()) {
      report(Message.CONST_LABEL_MEMBER_INVALID, label, label.displayName(), "takes parameters");
    } else if (label.method() && label.type().getKind() == TypeKind.VOID) {
      report(Message.CONST_LABEL_MEMBER_INVALID, label, label.displayName(), "returns nothing");
    }
    if (label.type().getKind() != TypeKind.VOID && !isLabelValue(label.type())) {
      report(Message.CONST_LABEL_TYPE_UNSUPPORTED, label, label.displayName(), label.type());
    }
    if (!label.method()) {
      FlagGem.of(label.member()).filter(flag -> flag.secret().value()).ifPresent(flag -> report(
          Message.CONST_LABEL_SECRET, label, label.displayName(), flagName(flag, label)));
    }
  }

  /** The option a {@code @Flag} field is given by: its {@code name}, or the field's name in kebab case. */
  private static String flagName(FlagGem flag, ConstLabelModel label) {
    String name = flag.name().value();
    return name.isEmpty() ? Naming.kebabCase(label.member().getSimpleName().toString()) : name;
  }

  /** A String, a primitive, a box or an enum; a type that does not compile is javac's to report. */
  private static boolean isLabelValue(TypeMirror type) {
    if (type.getKind().isPrimitive() || type.getKind() == TypeKind.ERROR) {
      return true;
    }
    if (type instanceof DeclaredType declared && declared.asElement() instanceof TypeElement element) {
      return element.getKind() == ElementKind.ENUM || BOXES.contains(element.getQualifiedName().toString());
    }
    return false;
  }

  /**
   * Checks the labels each served collector's samples get: the exporter's and its own, which the
   * exporter's Main must be able to read, against each other and against its members' labels.
   */
  void validateServed(ExporterModel exporter, List<CollectorModel> collectors) {
    PackageElement mainPackage = ClassRules.packageOf(exporter.type());
    for (CollectorModel collector : collectors) {
      String labelled = "collector " + collector.name();
      validateMembers(collector.constLabels(), labelled);
      for (ConstLabelModel label : collector.constLabels()) {
        if (!ClassRules.packageOf(label.owner()).equals(mainPackage)
            && !label.member().getModifiers().contains(Modifier.PUBLIC)) {
          report(Message.CONST_LABEL_NOT_ACCESSIBLE, label, label.displayName(),
              exporter.type().getSimpleName() + "Main", mainPackage.getQualifiedName(), label.owner().getSimpleName());
        }
        exporter.constLabels().stream().filter(other -> other.name().equals(label.name())).findFirst().ifPresent(
            other -> report(Message.CONST_LABEL_DUPLICATE, label, label.name(), other.displayName(), labelled));
      }
      List<ConstLabelModel> all = new ArrayList<>(exporter.constLabels());
      all.addAll(collector.constLabels());
      validateClashes(all, collector, exporter.namespace());
    }
  }

  /** Checks the labels of a collector no exporter of this compilation serves, which exposes its names without namespace. */
  void validateStandalone(CollectorModel collector) {
    validateClashes(collector.constLabels(), collector, "");
  }

  /** A constant label must not be a label of a member of the collector it is added to. */
  private void validateClashes(List<ConstLabelModel> labels, CollectorModel collector, String namespace) {
    for (MetricModel metric : collector.metrics()) {
      List<String> names = labelNames(metric, namespace, collector.subsystem());
      for (ConstLabelModel label : labels) {
        if (names.contains(label.name())) {
          report(Message.CONST_LABEL_CLASHES, label, label.name(), exposedName(metric, namespace, collector.subsystem()),
              collector.type().getSimpleName() + "." + metric.displayName());
        }
      }
    }
  }

  /** The labels of a member's samples: a state set's state label, a histogram's le and a summary's quantile too. */
  private static List<String> labelNames(MetricModel metric, String namespace, String subsystem) {
    List<String> names = new ArrayList<>(metric.labelComponents().isEmpty()
        ? metric.labels()
        : metric.labelComponents().stream().map(LabelComponent::name).toList());
    switch (metric.kind()) {
      case STATE_SET -> names.add(metric.fullName(namespace, subsystem));
      case HISTOGRAM -> names.add("le");
      case SUMMARY -> names.add("quantile");
      default -> { }
    }
    return names;
  }

  /** {@code pg_locks_count}, or {@code pg_{key}_bytes} for a family per key. */
  private static String exposedName(MetricModel metric, String namespace, String subsystem) {
    String name = metric.keyed() == null
        ? metric.fullName(namespace, subsystem)
        : Naming.fullName(namespace, subsystem, metric.keyed().before() + KeyedName.PLACEHOLDER + metric.keyed().after(),
            metric.unit());
    return name + metric.kind().exposedSuffix();
  }

  private void report(Message message, ConstLabelModel label, Object... arguments) {
    diagnostics.report(message, label.member(), label.annotation(), label.annotation().value(), arguments);
  }
}
