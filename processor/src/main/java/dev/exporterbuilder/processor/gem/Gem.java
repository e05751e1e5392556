package dev.exporterbuilder.processor.gem;

import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;

/**
 * The typed accessor of one annotation on one element: a subclass per annotation offers each of its
 * attributes as an {@link Attribute}, read from the mirror once. Attribute names appear in the
 * subclasses only.
 *
 * <p>javac reports a required attribute that is missing, or a value that does not compile, on its
 * own, and may still run processors ({@code -XDshould-stop.ifError=FLOW}); such an attribute reads as
 * absent, with the empty value of its type, so that nothing judges it again.
 */
public abstract class Gem {

  private final AnnotationMirror mirror;
  /** The attributes written, by name. */
  private final Map<String, AnnotationValue> written = new HashMap<>();
  /** The attributes the annotation type declares, by name. */
  private final Map<String, ExecutableElement> declared = new HashMap<>();
  /** Each attribute as typed on first use. */
  private final Map<String, Attribute<?>> read = new HashMap<>();

  Gem(AnnotationMirror mirror) {
    this.mirror = mirror;
    mirror.getElementValues().forEach((attribute, value) -> written.put(attribute.getSimpleName().toString(), value));
    for (ExecutableElement attribute : ElementFilter.methodsIn(mirror.getAnnotationType().asElement().getEnclosedElements())) {
      declared.put(attribute.getSimpleName().toString(), attribute);
    }
  }

  /** The annotation as javac holds it, for diagnostics. */
  public AnnotationMirror mirror() {
    return mirror;
  }

  /** The annotation of {@code annotationType} on {@code element}, if present. */
  public static Optional<AnnotationMirror> mirror(Element element, Class<? extends Annotation> annotationType) {
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      TypeElement type = (TypeElement) mirror.getAnnotationType().asElement();
      if (type.getQualifiedName().contentEquals(annotationType.getCanonicalName())) {
        return Optional.of(mirror);
      }
    }
    return Optional.empty();
  }

  Attribute<String> string(String name) {
    return attribute(name, "", value -> value.getValue() instanceof String string ? string : "");
  }

  Attribute<Integer> integer(String name) {
    return attribute(name, 0, value -> value.getValue() instanceof Integer integer ? integer : 0);
  }

  Attribute<Boolean> bool(String name) {
    return attribute(name, false, value -> value.getValue() instanceof Boolean bool && bool);
  }

  /** A class literal's type; null when it does not compile. */
  Attribute<TypeMirror> type(String name) {
    return attribute(name, null, value -> value.getValue() instanceof TypeMirror type ? type : null);
  }

  /** The elements of an array attribute, those that do not compile left out. */
  Attribute<List<AnnotationValue>> values(String name) {
    return attribute(name, List.of(), Gem::elements);
  }

  /** The strings of a {@code String[]} attribute, those that do not compile left out. */
  Attribute<List<String>> strings(String name) {
    return attribute(name, List.of(), value -> elements(value).stream()
        .filter(element -> element.getValue() instanceof String)
        .map(element -> (String) element.getValue())
        .toList());
  }

  /** The numbers of a {@code double[]} attribute, those that do not compile left out. */
  Attribute<List<Double>> doubles(String name) {
    return attribute(name, List.of(), value -> elements(value).stream()
        .filter(element -> element.getValue() instanceof Number)
        .map(element -> ((Number) element.getValue()).doubleValue())
        .toList());
  }

  /** An attribute the annotation type does not declare, such as {@code @Info}'s unit: never written. */
  /** An enum attribute: the constant's name. */
  Attribute<String> enumConstant(String name) {
    return attribute(name, "", value -> value.getValue() instanceof VariableElement constant
        ? constant.getSimpleName().toString() : "");
  }

  static <T> Attribute<T> undeclared(String name, T empty) {
    return new Attribute<>(name, empty, null, true);
  }

  @SuppressWarnings("unchecked") // each name is read with one type, by the one accessor that names it
  private <T> Attribute<T> attribute(String name, T empty, Function<AnnotationValue, T> typed) {
    return (Attribute<T>) read.computeIfAbsent(name, unused -> {
      AnnotationValue value = written.get(name);
      if (value == null && declared.containsKey(name)) {
        value = declared.get(name).getDefaultValue(); // null for a required attribute
      }
      boolean absent = value == null || isErroneous(value);
      return new Attribute<>(name, absent ? empty : typed.apply(value), written.get(name), absent);
    });
  }

  private static List<AnnotationValue> elements(AnnotationValue value) {
    List<AnnotationValue> elements = new ArrayList<>();
    if (value.getValue() instanceof List<?> list) {
      for (Object element : list) {
        if (element instanceof AnnotationValue annotationValue && !isErroneous(annotationValue)) {
          elements.add(annotationValue);
        }
      }
    }
    return List.copyOf(elements);
  }

  /**
   * javac gives a value that does not compile (an unknown constant, a class that does not exist) as
   * the string {@code <error>}, which its {@code toString()} equals; a real string constant's
   * {@code toString()} is quoted.
   */
  static boolean isErroneous(AnnotationValue value) {
    return value.getValue() instanceof String string && value.toString().equals(string);
  }
}
