package dev.exporterbuilder.processor.model;

import dev.exporterbuilder.annotations.KeyCase;
import dev.exporterbuilder.processor.gem.LabelGem;
import dev.exporterbuilder.processor.gem.MetricGem;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Types;

/**
 * Reads one metric member into a {@link MetricModel}: its shape (one value, a map, elements, a
 * client_java metric), its value kind, and the label and value members of its element type. It
 * records what the author wrote, including what is wrong, for the validators to judge.
 */
final class MetricReader {

  private final Types types;
  private final TypeClassifier classifier;

  MetricReader(Types types, TypeClassifier classifier) {
    this.types = types;
    this.classifier = classifier;
  }

  /** Reads one member that carries a metric annotation. */
  MetricModel read(Element member) {
    MetricKind kind = ModelReader.metricAnnotations(member).get(0);
    MetricGem annotation = MetricGem.of(member, kind.annotation()).orElseThrow();
    boolean method = member.getKind() == ElementKind.METHOD;
    TypeMirror type = method ? ((ExecutableElement) member).getReturnType() : member.asType();
    String name = annotation.name().value();
    KeyedName keyed = null;
    if (name.contains(KeyedName.PLACEHOLDER)) {
      int at = name.indexOf(KeyedName.PLACEHOLDER);
      List<? extends TypeMirror> keyedMap = classifier.typeArguments(type, "java.util.Map");
      keyed = new KeyedName(name.substring(0, at), name.substring(at + KeyedName.PLACEHOLDER.length()),
          KeyedName.count(name), KeyCase.valueOf(annotation.keyCase().value().isEmpty() ? "SNAKE_CASE"
              : annotation.keyCase().value()), type,
          keyedMap.size() == 2 ? TypeClassifier.upperBound(keyedMap.get(0)) : null);
      name = KeyedName.sample(name);
      if (keyedMap.size() == 2 && (kind == MetricKind.GAUGE || kind == MetricKind.COUNTER)) {
        type = TypeClassifier.upperBound(keyedMap.get(1)); // each value is what the member could return without {key}
      }
    }
    String instrumentType = TypeClassifier.instrumentType(type);
    ValueKind scalar = classifier.valueKind(type);
    List<? extends TypeMirror> mapTypes = scalar == ValueKind.UNSUPPORTED ? classifier.typeArguments(type, "java.util.Map") : List.of();
    boolean map = mapTypes.size() == 2;
    MemberShape shape = !instrumentType.isEmpty() ? MemberShape.INSTRUMENT
        : map ? MemberShape.MAP : MemberShape.SCALAR;
    TypeMirror elementType = null;
    if (scalar == ValueKind.UNSUPPORTED && !map && instrumentType.isEmpty()) {
      if (type.getKind() == TypeKind.ARRAY) {
        shape = MemberShape.ARRAY;
        elementType = ((ArrayType) type).getComponentType();
      } else if (classifier.typeArguments(type, "java.util.stream.Stream").size() == 1) {
        shape = MemberShape.STREAM;
        elementType = TypeClassifier.upperBound(classifier.typeArguments(type, "java.util.stream.Stream").get(0));
      } else if (classifier.typeArguments(type, "java.lang.Iterable").size() == 1) {
        shape = MemberShape.ITERABLE;
        elementType = TypeClassifier.upperBound(classifier.typeArguments(type, "java.lang.Iterable").get(0));
      }
    }
    if (kind == MetricKind.INFO && TypeClassifier.isRecord(type)) {
      elementType = type; // an info record: every component is a label, there is no value component
    }
    List<LabelComponent> labelComponents = new ArrayList<>();
    List<Element> valueComponents = new ArrayList<>();
    if (elementType != null && elementType.getKind() == TypeKind.DECLARED
        && ((DeclaredType) elementType).asElement().getKind() == ElementKind.RECORD) {
      for (RecordComponentElement component : ((TypeElement) ((DeclaredType) elementType).asElement()).getRecordComponents()) {
        Optional<LabelGem> label = LabelGem.of(component);
        if (label.isPresent() || kind == MetricKind.INFO) {
          String written = label.map(l -> l.value().value()).orElse("");
          String componentName = component.getSimpleName().toString();
          labelComponents.add(new LabelComponent(written.isEmpty() ? Naming.snakeCase(componentName) : written,
              componentName, true, component.asType(), componentField(component)));
        } else {
          valueComponents.add(component);
        }
      }
    } else if (elementType != null && kind != MetricKind.INFO && isLabelledClass(elementType)) {
      readLabelledClass((TypeElement) ((DeclaredType) elementType).asElement(), labelComponents, valueComponents);
    }
    ValueKind valueKind = switch (shape) {
      case SCALAR, INSTRUMENT -> scalar;
      case MAP -> classifier.valueKind(TypeClassifier.upperBound(mapTypes.get(1)));
      case ITERABLE, STREAM, ARRAY -> valueComponents.size() == 1
          ? classifier.valueKind(valueType((DeclaredType) elementType, valueComponents.get(0)))
          : ValueKind.UNSUPPORTED;
    };
    return new MetricModel(
        member,
        annotation,
        kind,
        name.isEmpty() ? Naming.metricName(member.getSimpleName().toString(), method) : name,
        !name.isEmpty(),
        annotation.help().value(),
        annotation.unit().value(),
        annotation.labels().value(),
        type,
        shape,
        valueKind,
        map ? TypeClassifier.upperBound(mapTypes.get(0)) : null,
        map ? TypeClassifier.upperBound(mapTypes.get(1)) : null,
        elementType,
        List.copyOf(labelComponents),
        List.copyOf(valueComponents),
        instrumentType,
        annotation.parameters().value(),
        method,
        member.getModifiers().contains(Modifier.STATIC),
        keyed);
  }

  /**
   * Whether {@code type} is a class (not a record) that has a {@code @Label} field or method, of its
   * own or inherited.
   */
  private boolean isLabelledClass(TypeMirror type) {
    if (type.getKind() != TypeKind.DECLARED || ((DeclaredType) type).asElement().getKind() != ElementKind.CLASS) {
      return false;
    }
    return classMembers((TypeElement) ((DeclaredType) type).asElement()).stream()
        .anyMatch(member -> LabelGem.of(member).isPresent());
  }

  /**
   * The fields and methods of a class that its instances have: its own, then those it inherits from
   * each superclass in turn ({@code Object} aside), each name once: a field hidden or a method
   * overridden by a subclass counts as the subclass's. Private members of superclasses are not
   * inherited.
   */
  private List<Element> classMembers(TypeElement type) {
    List<Element> members = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (TypeElement current = type; current != null && !current.getQualifiedName().contentEquals("java.lang.Object");
        current = superclass(current)) {
      for (Element member : current.getEnclosedElements()) {
        boolean field = member.getKind() == ElementKind.FIELD;
        boolean method = member.getKind() == ElementKind.METHOD;
        if (!field && !method || (current != type && member.getModifiers().contains(Modifier.PRIVATE))) {
          continue;
        }
        String key = method
            ? member.getSimpleName() + "/" + ((ExecutableElement) member).getParameters().size()
            : member.getSimpleName().toString();
        if (seen.add((method ? "m:" : "f:") + key)) {
          members.add(member);
        }
      }
    }
    return members;
  }

  private static TypeElement superclass(TypeElement type) {
    TypeMirror superclass = type.getSuperclass();
    return superclass.getKind() == TypeKind.DECLARED ? (TypeElement) ((DeclaredType) superclass).asElement() : null;
  }

  /**
   * The labels and value candidates a class has: its {@code @Label} fields and methods (in any
   * shape, for the validator to judge), and the value: each other instance field or method without
   * parameters that returns something and that the generated code could read, apart from
   * {@code toString()} and {@code hashCode()}. Inherited members count too.
   */
  private void readLabelledClass(TypeElement type, List<LabelComponent> labels, List<Element> values) {
    for (Element member : classMembers(type)) {
      boolean method = member.getKind() == ElementKind.METHOD;
      TypeMirror memberType = method ? ((ExecutableElement) member).getReturnType() : member.asType();
      Optional<LabelGem> label = LabelGem.of(member);
      String memberName = member.getSimpleName().toString();
      if (label.isPresent()) {
        String written = label.get().value().value();
        labels.add(new LabelComponent(written.isEmpty() ? Naming.metricName(memberName, method) : written,
            memberName, method, memberType, member));
      } else if (!member.getModifiers().contains(Modifier.STATIC) && !member.getModifiers().contains(Modifier.PRIVATE)
          && (!method || (((ExecutableElement) member).getParameters().isEmpty()
              && memberType.getKind() != TypeKind.VOID
              && !memberName.equals("toString") && !memberName.equals("hashCode")))) {
        values.add(member);
      }
    }
  }

  /** The type of a value component: a record component's or field's type, a method's return type. */
  private TypeMirror valueType(DeclaredType owner, Element value) {
    TypeMirror type = types.asMemberOf(owner, value);
    return type instanceof ExecutableType executable ? executable.getReturnType() : type;
  }

  /**
   * The record's field for a component, which carries the component's annotations and position:
   * javac cannot place a diagnostic on a record component element itself.
   */
  private static Element componentField(RecordComponentElement component) {
    for (VariableElement field : ElementFilter.fieldsIn(component.getEnclosingElement().getEnclosedElements())) {
      if (field.getSimpleName().equals(component.getSimpleName())) {
        return field;
      }
    }
    return component;
  }
}
