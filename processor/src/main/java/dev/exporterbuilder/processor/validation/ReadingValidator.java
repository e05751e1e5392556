package dev.exporterbuilder.processor.validation;

import dev.exporterbuilder.processor.model.CollectorModel;
import dev.exporterbuilder.processor.model.MetricKind;
import dev.exporterbuilder.processor.model.ModelReader;
import dev.exporterbuilder.processor.model.ReadingModel;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * Checks a collector's {@code @Reading}: one per class, a method the generated collector can call
 * once per run, and a result that each member with a parameter can take.
 */
final class ReadingValidator {

  private final Diagnostics diagnostics;

  ReadingValidator(Diagnostics diagnostics) {
    this.diagnostics = diagnostics;
  }

  void validate(CollectorModel collector) {
    ReadingModel reading = collector.reading();
    List<ExecutableElement> methods = reading.methods();
    if (methods.size() > 1) {
      diagnostics.report(Message.READING_TWICE, offending(collector, methods), collector.type().getSimpleName(),
          name(collector, methods.get(0)), name(collector, methods.get(1)));
    }
    for (ExecutableElement method : methods) {
      validateMethod(collector, method);
    }
    Optional<ExecutableElement> method = reading.method();
    for (ReadingModel.Receiver receiver : reading.receivers()) {
      String member = receiver.member().getSimpleName() + "()";
      if (method.isEmpty()) {
        diagnostics.report(Message.PARAMETER_WITHOUT_READING, receiver.member(), member, receiver.parameterType(),
            collector.type().getSimpleName());
      } else if (!receiver.fits() && reading.type().getKind() != TypeKind.VOID) {
        diagnostics.report(Message.PARAMETER_TYPE_MISMATCH, receiver.member(), member, receiver.parameterType(),
            name(collector, method.get()), reading.type(), reading.type());
      }
    }
  }

  /**
   * A reading the generated collector can call: not private, no parameters, a result of a type it
   * can reach, nothing it cannot catch.
   */
  private void validateMethod(CollectorModel collector, ExecutableElement method) {
    String name = name(collector, method);
    List<MetricKind> kinds = ModelReader.metricAnnotations(method);
    if (!kinds.isEmpty()) {
      diagnostics.report(Message.READING_IS_METRIC, method, name, kinds.get(0).annotationName());
    }
    if (method.getModifiers().contains(Modifier.PRIVATE)) {
      unusable(method, name, "is private");
    }
    if (!method.getParameters().isEmpty()) {
      unusable(method, name, "takes parameters");
    }
    if (method.getReturnType().getKind() == TypeKind.VOID) {
      unusable(method, name, "returns void");
    }
    if (!method.getTypeParameters().isEmpty()) {
      unusable(method, name, "declares type parameters");
    }
    for (TypeMirror thrown : method.getThrownTypes()) {
      if (!ShapeValidator.isExceptionOrError(thrown)) {
        unusable(method, name, "declares throws " + thrown);
      }
    }
    // javac refuses a call whose result has a type the caller cannot access, even if the caller never names it
    TypeMirror type = method.getReturnType();
    while (type instanceof ArrayType array) {
      type = array.getComponentType();
    }
    PackageElement from = ClassRules.packageOf(collector.type());
    if (type instanceof DeclaredType declared && declared.asElement() instanceof TypeElement element
        && !ClassRules.isAccessibleFrom(element, from)) {
      diagnostics.report(Message.TYPE_NOT_ACCESSIBLE, method, name, element.getSimpleName(), from.getQualifiedName(),
          ClassRules.requiredAccess(element, from));
    }
  }

  private void unusable(ExecutableElement method, String name, String reason) {
    diagnostics.report(Message.READING_UNUSABLE, method, name, reason);
  }

  /**
   * Where two readings are reported: on the class's own second one, else its own first one (a
   * second one is inherited), else on the class (both are inherited).
   */
  private static Element offending(CollectorModel collector, List<ExecutableElement> methods) {
    for (ExecutableElement method : methods.subList(1, methods.size())) {
      if (method.getEnclosingElement().equals(collector.type())) {
        return method;
      }
    }
    return methods.get(0).getEnclosingElement().equals(collector.type()) ? methods.get(0) : collector.type();
  }

  /** {@code read()}, or {@code Base.read()} for an inherited reading. */
  private static String name(CollectorModel collector, ExecutableElement method) {
    Element owner = method.getEnclosingElement();
    return (owner.equals(collector.type()) ? "" : owner.getSimpleName() + ".") + method.getSimpleName() + "()";
  }
}
