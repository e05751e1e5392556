package dev.exporterbuilder.processor.validation;

import dev.exporterbuilder.processor.gem.Attribute;
import dev.exporterbuilder.processor.model.LabelComponent;
import dev.exporterbuilder.processor.model.MemberShape;
import dev.exporterbuilder.processor.model.MetricKind;
import dev.exporterbuilder.processor.model.MetricModel;
import dev.exporterbuilder.processor.model.ModelReader;
import dev.exporterbuilder.processor.model.Naming;
import dev.exporterbuilder.processor.model.ValueKind;
import java.util.List;
import java.util.stream.Collectors;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * Checks the shape of one metric member: that the generated collector can read it (not private, at
 * most one parameter, which {@link ReadingValidator} matches with the reading, nothing it cannot
 * catch, types it can reach) and that its type is one the metric kind takes: a value, a map,
 * elements with labels, an info record, an enum, or a client_java metric.
 */
final class ShapeValidator {

  private final Diagnostics diagnostics;

  ShapeValidator(Diagnostics diagnostics) {
    this.diagnostics = diagnostics;
  }

  void validate(MetricModel metric) {
    String member = metric.displayName();
    List<MetricKind> kinds = ModelReader.metricAnnotations(metric.member());
    if (kinds.size() > 1) {
      diagnostics.report(Message.TWO_METRIC_ANNOTATIONS, metric.member(), kinds.get(0).annotationName(),
          kinds.get(1).annotationName());
    }
    if (metric.member().getModifiers().contains(Modifier.PRIVATE)) {
      diagnostics.report(Message.MEMBER_PRIVATE, metric.member(), member);
    }
    if (metric.method()) {
      ExecutableElement method = (ExecutableElement) metric.member();
      if (method.getParameters().size() > 1) {
        diagnostics.report(Message.METHOD_HAS_PARAMETERS, method, member, method.getParameters().size());
      }
      for (TypeMirror thrown : method.getThrownTypes()) {
        if (!isExceptionOrError(thrown)) {
          diagnostics.report(Message.METHOD_THROWS_THROWABLE, method, member, thrown);
        }
      }
      if (method.getReturnType().getKind() == TypeKind.VOID) {
        diagnostics.report(Message.METHOD_RETURNS_VOID, method, member);
        return;
      }
    }
    if (metric.shape() == MemberShape.INSTRUMENT) {
      validateInstrument(metric);
      return;
    }
    if (metric.kind().aggregateValue() != null) {
      validateAggregate(metric);
    }
    if (metric.kind() == MetricKind.INFO) {
      validateInfo(metric);
      return;
    }
    if (metric.kind() == MetricKind.STATE_SET) {
      if (metric.shape() != MemberShape.SCALAR || metric.valueKind() != ValueKind.ENUM) {
        diagnostics.report(Message.STATE_SET_TYPE_UNSUPPORTED, metric.member(), member, metric.type());
      } else {
        checkReachable(metric, metric.type());
      }
      return;
    }
    Attribute<List<String>> labels = metric.annotation().labels();
    if (metric.shape().hasElements()) {
      validateElements(metric, labels);
    } else if (metric.shape() == MemberShape.MAP) {
      if (!accepts(metric)) {
        reportValueType(metric, Message.MAP_VALUE_UNSUPPORTED, member, metric.mapValueType());
      }
      // the generated code holds the map in a local variable of its type
      checkReachable(metric, metric.keyType());
      checkReachable(metric, metric.mapValueType());
      if (metric.labels().size() != 1) {
        report(Message.MAP_LABELS_COUNT, metric, labels, member, suggestedKeyLabel(metric), metric.labels().size());
      } else if (metric.keyType().getKind() == TypeKind.ARRAY) {
        report(Message.ARRAY_LABEL, metric, labels, metric.labels().get(0), metric.keyType());
      }
    } else if (!accepts(metric)) {
      reportValueType(metric, Message.UNSUPPORTED_TYPE, member, metric.type());
    } else if (!metric.labels().isEmpty()) {
      report(Message.LABELS_NOT_SUPPORTED, metric, labels, member);
    }
  }

  /** A direct-instrumentation field: assignable, of the annotation's type, with sane buckets or quantiles. */
  private void validateInstrument(MetricModel metric) {
    String type = metric.instrumentType().substring(metric.instrumentType().lastIndexOf('.') + 1);
    if (metric.method() || metric.member().getModifiers().contains(Modifier.FINAL)) {
      diagnostics.report(Message.INSTRUMENT_NOT_ASSIGNABLE, metric.member(), metric.displayName(), type);
    }
    if (metric.kind() == MetricKind.UNTYPED) {
      diagnostics.report(Message.UNTYPED_INSTRUMENT, metric.member(), metric.displayName(), type, type);
    } else if (!metric.kind().instrumentedBy(metric.instrumentType())) {
      diagnostics.report(Message.INSTRUMENT_TYPE_MISMATCH, metric.member(), metric.displayName(), type, type);
    }
    List<Double> parameters = metric.parameters();
    if (metric.kind() == MetricKind.HISTOGRAM) {
      boolean valid = true;
      for (int i = 0; i < parameters.size(); i++) {
        valid &= Double.isFinite(parameters.get(i)) && (i == 0 || parameters.get(i) > parameters.get(i - 1));
      }
      if (!valid) {
        report(Message.BUCKETS_INVALID, metric, metric.annotation().parameters(), parameters);
      }
    } else if (metric.kind() == MetricKind.SUMMARY) {
      boolean valid = parameters.stream().allMatch(q -> q > 0 && q < 1)
          && parameters.stream().distinct().count() == parameters.size();
      if (!valid) {
        report(Message.QUANTILES_INVALID, metric, metric.annotation().parameters(), parameters);
      }
    }
  }

  /** The generated collector, in the member's package, names {@code type}: it must be reachable from there. */
  private void checkReachable(MetricModel metric, TypeMirror type) {
    if (type instanceof DeclaredType declared && declared.asElement() instanceof TypeElement element) {
      PackageElement from = ClassRules.packageOf(metric.member());
      if (!ClassRules.isAccessibleFrom(element, from)) {
        diagnostics.report(Message.TYPE_NOT_ACCESSIBLE, metric.member(), metric.displayName(), element.getSimpleName(),
            from.getQualifiedName(), ClassRules.requiredAccess(element, from));
      }
    }
  }

  /** An info member is a record (every component a label) or a {@code Map<String, String>}. */
  private void validateInfo(MetricModel metric) {
    boolean record = metric.shape() == MemberShape.SCALAR && metric.elementType() != null;
    boolean stringMap = metric.shape() == MemberShape.MAP
        && isString(metric.keyType())
        && isString(metric.mapValueType());
    if (!record && !stringMap) {
      diagnostics.report(Message.INFO_TYPE_UNSUPPORTED, metric.member(), metric.displayName(), metric.type());
    } else if (record) {
      checkReachable(metric, metric.elementType());
    }
  }

  private static boolean isString(TypeMirror type) {
    return type instanceof DeclaredType declared
        && ((TypeElement) declared.asElement()).getQualifiedName().contentEquals("java.lang.String");
  }

  /**
   * A member with elements yields records, or classes with {@code @Label} fields or methods, with
   * one value component.
   */
  private void validateElements(MetricModel metric, Attribute<List<String>> labels) {
    String member = metric.displayName();
    if (!metric.labels().isEmpty()) {
      report(Message.LABELS_ATTRIBUTE_WITH_RECORDS, metric, labels, member);
    }
    TypeMirror element = metric.elementType();
    boolean record = element instanceof DeclaredType declared && declared.asElement().getKind() == ElementKind.RECORD;
    // the model reads the labels of a class only when it has @Label members, its own or inherited
    boolean labelledClass = element instanceof DeclaredType declared && declared.asElement().getKind() == ElementKind.CLASS
        && !metric.labelComponents().isEmpty();
    if (!record && !labelledClass) {
      diagnostics.report(Message.ELEMENT_NOT_RECORD, metric.member(), member, element);
      return;
    }
    TypeElement type = (TypeElement) ((DeclaredType) element).asElement();
    String kind = record ? "record" : "class";
    checkReachable(metric, element);
    if (metric.shape() == MemberShape.STREAM && !metric.method()) {
      diagnostics.report(Message.STREAM_FIELD, metric.member(), member);
    }
    for (LabelComponent label : metric.labelComponents()) {
      if (label.type().getKind() == TypeKind.ARRAY) {
        diagnostics.report(Message.ARRAY_LABEL, label.component(), label.name(), label.type());
      }
      if (!record) {
        checkReadable(metric, label.component(), type);
      }
    }
    if (metric.labelComponents().isEmpty()) {
      diagnostics.report(Message.RECORD_WITHOUT_LABELS, metric.member(), type.getSimpleName());
    }
    if (metric.valueComponents().size() != 1) {
      String names = metric.valueComponents().stream().map(ShapeValidator::memberName)
          .collect(Collectors.joining(", "));
      String hint = record ? "; mark the others @Label" : "; mark the others @Label or make them private";
      diagnostics.report(Message.RECORD_VALUE_COUNT, metric.member(), kind, type.getSimpleName(),
          metric.valueComponents().size(), names.isEmpty() ? "" : " (" + names + ")" + hint);
    } else {
      Element value = metric.valueComponents().get(0);
      if (!record) {
        checkReadable(metric, value, type);
      }
      if (!accepts(metric)) {
        reportValueType(metric, Message.RECORD_VALUE_UNSUPPORTED, memberName(value), kind, type.getSimpleName(),
            memberType(value));
      }
    }
  }

  /** A label or value member of an element class: the generated collector, in the metric's package, reads it. */
  private void checkReadable(MetricModel metric, Element member, TypeElement owner) {
    String reason = null;
    if (member.getModifiers().contains(Modifier.STATIC)) {
      reason = "is static";
    } else if (member.getModifiers().contains(Modifier.PRIVATE)) {
      reason = "is private";
    } else if (member instanceof ExecutableElement method && !method.getParameters().isEmpty()) {
      reason = "takes parameters";
    } else if (member instanceof ExecutableElement method && method.getReturnType().getKind() == TypeKind.VOID) {
      reason = "returns void";
    } else if (!member.getModifiers().contains(Modifier.PUBLIC)
        && !ClassRules.packageOf(member).equals(ClassRules.packageOf(metric.member()))) {
      reason = "is not public, and the generated collector is in another package";
    }
    if (reason != null) {
      diagnostics.report(Message.ELEMENT_MEMBER_UNREADABLE, member, memberName(member), owner.getSimpleName(), reason);
    } else if (member instanceof ExecutableElement method) {
      for (TypeMirror thrown : method.getThrownTypes()) {
        if (!isExceptionOrError(thrown)) {
          diagnostics.report(Message.METHOD_THROWS_THROWABLE, method, memberName(method), thrown);
        }
      }
    }
  }

  /** {@code free} for a field or record component, {@code free()} for a method. */
  private static String memberName(Element member) {
    return member.getSimpleName() + (member.getKind() == ElementKind.METHOD ? "()" : "");
  }

  /** A field's or component's type, a method's return type. */
  private static TypeMirror memberType(Element member) {
    return member instanceof ExecutableElement method ? method.getReturnType() : member.asType();
  }

  /**
   * A scrape-time histogram or summary: its buckets or quantiles come with each value, so the
   * annotation's would be ignored.
   */
  private void validateAggregate(MetricModel metric) {
    boolean histogram = metric.kind() == MetricKind.HISTOGRAM;
    Attribute<List<Double>> written = metric.annotation().parameters();
    String attribute = written.name();
    if (written.isWritten()) {
      report(Message.AGGREGATE_PARAMETERS_IGNORED, metric, written, metric.kind().annotationName(),
          metric.displayName(), aggregateClass(metric), attribute, attribute, histogram ? "Histogram" : "Summary");
    }
  }

  private static String aggregateClass(MetricModel metric) {
    return metric.kind() == MetricKind.HISTOGRAM ? "ConstHistogram" : "ConstSummary";
  }

  /** Whether the member's values can be exposed as its kind: numbers for gauges and counters. */
  private static boolean accepts(MetricModel metric) {
    ValueKind aggregate = metric.kind().aggregateValue();
    return aggregate != null ? metric.valueKind() == aggregate : isValue(metric.valueKind());
  }

  /** An unsupported value type: for gauges and counters {@code numberMessage}, for histograms and summaries EB098. */
  private void reportValueType(MetricModel metric, Message numberMessage, Object... arguments) {
    if (metric.kind().aggregateValue() != null) {
      diagnostics.report(Message.AGGREGATE_VALUE_UNSUPPORTED, metric.member(), metric.displayName(), metric.type(),
          metric.kind().annotationName(), aggregateClass(metric),
          metric.kind() == MetricKind.HISTOGRAM ? "Histogram" : "Summary");
    } else {
      diagnostics.report(numberMessage, metric.member(), arguments);
    }
  }

  /** Whether a gauge or counter can expose values of this kind. */
  private static boolean isValue(ValueKind kind) {
    return kind != ValueKind.UNSUPPORTED && kind != ValueKind.ENUM && kind != ValueKind.HISTOGRAM_DATA
        && kind != ValueKind.SUMMARY_DATA;
  }

  /** A label name for map keys: the key type's name ({@code Zone} → zone), or "name" for plain types. */
  private static String suggestedKeyLabel(MetricModel metric) {
    if (metric.keyType() instanceof DeclaredType declared) {
      String simple = declared.asElement().getSimpleName().toString();
      if (!List.of("String", "Object", "Integer", "Long", "CharSequence", "UUID").contains(simple)) {
        return Naming.snakeCase(simple);
      }
    }
    return "name";
  }

  /** The generated collector catches Exception and Error; a checked Throwable of another kind cannot be caught. */
  static boolean isExceptionOrError(TypeMirror thrown) {
    for (TypeMirror type = thrown; type instanceof DeclaredType declared; ) {
      String name = ((TypeElement) declared.asElement()).getQualifiedName().toString();
      if (name.equals("java.lang.Exception") || name.equals("java.lang.Error")) {
        return true;
      }
      type = ((TypeElement) declared.asElement()).getSuperclass();
    }
    return thrown.getKind() == TypeKind.TYPEVAR;
  }

  private void report(Message message, MetricModel metric, Attribute<?> value, Object... arguments) {
    diagnostics.report(message, metric.member(), metric.annotation(), value, arguments);
  }
}
