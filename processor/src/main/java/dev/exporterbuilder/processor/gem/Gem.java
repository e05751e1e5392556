package dev.exporterbuilder.processor.gem;

import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;

/**
 * The typed accessor of one annotation on one element: a subclass per annotation offers each of its
 * attributes as an {@link Attribute}. Attribute names appear in the subclasses only.
 *
 * <p>javac reports a required attribute that is missing, or a value that does not compile, on its
 * own, and may still run processors ({@code -XDshould-stop.ifError=FLOW}); such an attribute reads as
 * absent, with the empty value of its type, so that nothing judges it again.
 */
public abstract class Gem {

  private final AnnotationMirror mirror;

  Gem(AnnotationMirror mirror) {
    this.mirror = mirror;
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
  static <T> Attribute<T> undeclared(String name, T empty) {
    return new Attribute<>(name, empty, null, true);
  }

  private <T> Attribute<T> attribute(String name, T empty, Function<AnnotationValue, T> typed) {
    AnnotationValue written = null;
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry : mirror.getElementValues().entrySet()) {
      if (entry.getKey().getSimpleName().contentEquals(name)) {
        written = entry.getValue();
      }
    }
    AnnotationValue value = written;
    for (ExecutableElement attribute : ElementFilter.methodsIn(mirror.getAnnotationType().asElement().getEnclosedElements())) {
      if (value == null && attribute.getSimpleName().contentEquals(name)) {
        value = attribute.getDefaultValue(); // null for a required attribute
      }
    }
    boolean absent = value == null || isErroneous(value);
    return new Attribute<>(name, absent ? empty : typed.apply(value), written, absent);
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
