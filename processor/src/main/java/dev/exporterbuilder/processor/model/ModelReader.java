package dev.exporterbuilder.processor.model;

import dev.exporterbuilder.annotations.contract.FlagValueType;
import dev.exporterbuilder.annotations.contract.Namespaces;
import dev.exporterbuilder.annotations.Collector;
import dev.exporterbuilder.annotations.Exporter;
import dev.exporterbuilder.annotations.Flag;
import dev.exporterbuilder.annotations.Label;
import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.WildcardType;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.SimpleAnnotationValueVisitor14;
import javax.lang.model.util.Types;

/**
 * Reads annotated elements into descriptors. It records what the author wrote, including what is
 * wrong (an unsupported type becomes {@link ValueKind#UNSUPPORTED}); it reports nothing itself:
 * judging is the validators' work.
 */
public final class ModelReader {

  private static final String CONST_HISTOGRAM = RuntimeTypes.CONST_HISTOGRAM.canonicalName();
  private static final String CONST_SUMMARY = RuntimeTypes.CONST_SUMMARY.canonicalName();

  private final Elements elements;
  private final Types types;

  public ModelReader(Elements elements, Types types) {
    this.elements = elements;
    this.types = types;
  }

  /** Reads an {@code @Exporter} class. */
  public ExporterModel readExporter(TypeElement type) {
    AnnotationMirror annotation = mirror(type, Exporter.class).orElseThrow();
    String name = stringValue(annotation, "name");
    String namespace = stringValue(annotation, "namespace");
    List<ExporterModel.ListedCollector> listed = new ArrayList<>();
    for (AnnotationValue value : listValue(annotation, "collectors")) {
      Object listedType = value.getValue();
      if (listedType instanceof DeclaredType declared) {
        listed.add(new ExporterModel.ListedCollector((TypeElement) declared.asElement(), value));
      }
    }
    Optional<CollectorModel> own = Optional.empty();
    if (!metricMembers(type).isEmpty()) {
      // the exporter's own flags are exporter options (--<name>), not collector options
      own = Optional.of(readCollector(type, Namespaces.defaultFor(name), false));
    }
    return new ExporterModel(
        type,
        annotation,
        name,
        stringValue(annotation, "help"),
        intValue(annotation, "port"),
        namespace.isEmpty() ? Namespaces.defaultFor(name) : namespace,
        !namespace.isEmpty(),
        listed,
        own,
        readFlags(type));
  }

  /**
   * Reads a collector class.
   *
   * @param defaultName the collector name when {@code @Collector(name)} is absent or empty
   * @param withFlags whether the class's {@code @Flag} fields are this collector's options
   */
  public CollectorModel readCollector(TypeElement type, String defaultName, boolean withFlags) {
    Optional<AnnotationMirror> annotation = mirror(type, Collector.class);
    String name = annotation.map(a -> stringValue(a, "name")).orElse("");
    List<MetricModel> metrics = new ArrayList<>();
    for (Element member : metricMembers(type)) {
      metrics.add(readMetric(member));
    }
    return new CollectorModel(
        type,
        annotation,
        name.isEmpty() ? defaultName : name,
        !name.isEmpty(),
        annotation.map(a -> stringValue(a, "subsystem")).orElse(""),
        annotation.map(a -> booleanValue(a, "enabledByDefault")).orElse(true),
        annotation.map(a -> stringValue(a, "cache")).orElse(""),
        annotation.map(a -> stringValue(a, "timeout")).orElse(""),
        metrics,
        withFlags ? readFlags(type) : List.of());
  }

  /** The default collector name of a {@code @Collector} class: its simple name in snake_case. */
  public static String defaultCollectorName(TypeElement type) {
    return Naming.snakeCase(type.getSimpleName().toString());
  }

  /** The fields and methods of {@code type} that carry a metric annotation, in declaration order. */
  public static List<Element> metricMembers(TypeElement type) {
    List<Element> members = new ArrayList<>();
    for (Element member : type.getEnclosedElements()) {
      if (metricAnnotations(member).size() > 0) {
        members.add(member);
      }
    }
    return members;
  }

  /** The metric annotations on one element, in {@link MetricKind} order. */
  public static List<MetricKind> metricAnnotations(Element element) {
    List<MetricKind> kinds = new ArrayList<>();
    for (MetricKind kind : MetricKind.values()) {
      if (mirror(element, kind.annotation()).isPresent()) {
        kinds.add(kind);
      }
    }
    return kinds;
  }

  private MetricModel readMetric(Element member) {
    MetricKind kind = metricAnnotations(member).get(0);
    AnnotationMirror annotation = mirror(member, kind.annotation()).orElseThrow();
    boolean method = member.getKind() == ElementKind.METHOD;
    TypeMirror type = method ? ((ExecutableElement) member).getReturnType() : member.asType();
    String name = stringValue(annotation, "name");
    List<String> labels = new ArrayList<>();
    if (hasAttribute(annotation, "labels")) {
      for (AnnotationValue label : listValue(annotation, "labels")) {
        if (label.getValue() instanceof String written) {
          labels.add(written);
        }
      }
    }
    String instrumentType = instrumentType(type);
    ValueKind scalar = valueKind(type);
    List<? extends TypeMirror> mapTypes = scalar == ValueKind.UNSUPPORTED ? typeArguments(type, "java.util.Map") : List.of();
    boolean map = mapTypes.size() == 2;
    MemberShape shape = !instrumentType.isEmpty() ? MemberShape.INSTRUMENT
        : map ? MemberShape.MAP : MemberShape.SCALAR;
    TypeMirror elementType = null;
    if (scalar == ValueKind.UNSUPPORTED && !map && instrumentType.isEmpty()) {
      if (type.getKind() == TypeKind.ARRAY) {
        shape = MemberShape.ARRAY;
        elementType = ((ArrayType) type).getComponentType();
      } else if (typeArguments(type, "java.util.stream.Stream").size() == 1) {
        shape = MemberShape.STREAM;
        elementType = upperBound(typeArguments(type, "java.util.stream.Stream").get(0));
      } else if (typeArguments(type, "java.lang.Iterable").size() == 1) {
        shape = MemberShape.ITERABLE;
        elementType = upperBound(typeArguments(type, "java.lang.Iterable").get(0));
      }
    }
    if (kind == MetricKind.INFO && isRecord(type)) {
      elementType = type; // an info record: every component is a label, there is no value component
    }
    List<LabelComponent> labelComponents = new ArrayList<>();
    List<Element> valueComponents = new ArrayList<>();
    if (elementType != null && elementType.getKind() == TypeKind.DECLARED
        && ((DeclaredType) elementType).asElement().getKind() == ElementKind.RECORD) {
      for (RecordComponentElement component : ((TypeElement) ((DeclaredType) elementType).asElement()).getRecordComponents()) {
        Optional<AnnotationMirror> label = mirror(component, Label.class);
        if (label.isPresent() || kind == MetricKind.INFO) {
          String written = label.map(l -> stringValue(l, "value")).orElse("");
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
      case MAP -> valueKind(upperBound(mapTypes.get(1)));
      case ITERABLE, STREAM, ARRAY -> valueComponents.size() == 1
          ? valueKind(valueType((DeclaredType) elementType, valueComponents.get(0)))
          : ValueKind.UNSUPPORTED;
    };
    return new MetricModel(
        member,
        annotation,
        kind,
        name.isEmpty() ? Naming.metricName(member.getSimpleName().toString(), method) : name,
        !name.isEmpty(),
        stringValue(annotation, "help"),
        hasAttribute(annotation, "unit") ? stringValue(annotation, "unit") : "",
        List.copyOf(labels),
        type,
        shape,
        valueKind,
        map ? upperBound(mapTypes.get(0)) : null,
        map ? upperBound(mapTypes.get(1)) : null,
        elementType,
        List.copyOf(labelComponents),
        List.copyOf(valueComponents),
        instrumentType,
        parameters(annotation),
        method,
        member.getModifiers().contains(Modifier.STATIC));
  }

  /**
   * Whether {@code type} is a class (not a record) that has a {@code @Label} field or method, of its
   * own or inherited.
   */
  public boolean isLabelledClass(TypeMirror type) {
    if (type.getKind() != TypeKind.DECLARED || ((DeclaredType) type).asElement().getKind() != ElementKind.CLASS) {
      return false;
    }
    return classMembers((TypeElement) ((DeclaredType) type).asElement()).stream()
        .anyMatch(member -> mirror(member, Label.class).isPresent());
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
      Optional<AnnotationMirror> label = mirror(member, Label.class);
      String memberName = member.getSimpleName().toString();
      if (label.isPresent()) {
        String written = stringValue(label.get(), "value");
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

  private List<FlagModel> readFlags(TypeElement type) {
    List<FlagModel> flags = new ArrayList<>();
    for (Element member : type.getEnclosedElements()) {
      Optional<AnnotationMirror> annotation = mirror(member, Flag.class);
      if (annotation.isEmpty() || member.getKind() != ElementKind.FIELD) {
        continue;
      }
      VariableElement field = (VariableElement) member;
      String name = stringValue(annotation.get(), "name");
      flags.add(new FlagModel(
          field,
          annotation.get(),
          name.isEmpty() ? Naming.kebabCase(field.getSimpleName().toString()) : name,
          !name.isEmpty(),
          stringValue(annotation.get(), "help"),
          flagType(field.asType()),
          field.getModifiers().contains(Modifier.STATIC)));
    }
    return flags;
  }

  /**
   * The type arguments with which {@code type} implements {@code supertype}, such as the key and
   * value types of {@code TreeMap<Zone, Long>} as a {@code java.util.Map}; empty when it does not, or
   * raw.
   */
  private List<? extends TypeMirror> typeArguments(TypeMirror type, String supertype) {
    if (type.getKind() != TypeKind.DECLARED || !isSubtype(type, supertype)) {
      return List.of();
    }
    TypeMirror target = types.erasure(elements.getTypeElement(supertype).asType());
    for (TypeMirror candidate = type; candidate != null; candidate = supertypeTowards(candidate, supertype)) {
      if (types.isSameType(types.erasure(candidate), target)) {
        return ((DeclaredType) candidate).getTypeArguments();
      }
    }
    return List.of();
  }

  /** The direct supertype of {@code type} on the way to {@code supertype}, or null. */
  private TypeMirror supertypeTowards(TypeMirror type, String supertype) {
    for (TypeMirror candidate : types.directSupertypes(type)) {
      if (isSubtype(candidate, supertype)) {
        return candidate;
      }
    }
    return null;
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

  /** {@code ? extends Number} → {@code Number}; other types as they are. */
  private static TypeMirror upperBound(TypeMirror type) {
    if (type instanceof WildcardType wildcard) {
      return wildcard.getExtendsBound() != null ? wildcard.getExtendsBound() : type;
    }
    return type;
  }

  /** Classifies a metric member's type. */
  public ValueKind valueKind(TypeMirror type) {
    switch (type.getKind()) {
      case DOUBLE, FLOAT, LONG, INT, SHORT, BYTE:
        return ValueKind.PRIMITIVE_NUMBER;
      case BOOLEAN:
        return ValueKind.PRIMITIVE_BOOLEAN;
      case DECLARED:
        break;
      default:
        return ValueKind.UNSUPPORTED;
    }
    if (isSubtype(type, "java.lang.Number")) {
      return ValueKind.NUMBER;
    }
    if (((DeclaredType) type).asElement().getKind() == ElementKind.ENUM) {
      return ValueKind.ENUM;
    }
    String name = qualifiedName(type);
    if (name.equals(CONST_HISTOGRAM)) {
      return ValueKind.HISTOGRAM_DATA;
    }
    if (name.equals(CONST_SUMMARY)) {
      return ValueKind.SUMMARY_DATA;
    }
    switch (name) {
      case "java.lang.Boolean":
        return ValueKind.BOOLEAN;
      case "java.util.concurrent.atomic.AtomicBoolean":
        return ValueKind.ATOMIC_BOOLEAN;
      case "java.util.OptionalDouble":
        return ValueKind.OPTIONAL_DOUBLE;
      case "java.util.OptionalLong":
        return ValueKind.OPTIONAL_LONG;
      case "java.util.OptionalInt":
        return ValueKind.OPTIONAL_INT;
      default:
        return ValueKind.UNSUPPORTED;
    }
  }

  /** Classifies a flag field's type; empty when a flag cannot have it. */
  public Optional<FlagValueType> flagType(TypeMirror type) {
    if (type.getKind().isPrimitive()) {
      return FlagValueType.of(type.toString());
    }
    if (type.getKind() != TypeKind.DECLARED) {
      return Optional.empty();
    }
    DeclaredType declared = (DeclaredType) type;
    if (declared.asElement().getKind() == ElementKind.ENUM) {
      return Optional.of(FlagValueType.ENUM);
    }
    Optional<FlagValueType> flagType = FlagValueType.of(qualifiedName(type));
    if (flagType.equals(Optional.of(FlagValueType.STRING_LIST))) {
      List<? extends TypeMirror> arguments = declared.getTypeArguments();
      boolean strings = arguments.size() == 1 && qualifiedName(arguments.get(0)).equals("java.lang.String");
      return strings ? flagType : Optional.empty();
    }
    return flagType;
  }

  private boolean isSubtype(TypeMirror type, String className) {
    TypeElement element = elements.getTypeElement(className);
    return element != null && types.isAssignable(types.erasure(type), types.erasure(element.asType()));
  }

  private static String qualifiedName(TypeMirror type) {
    if (type.getKind() != TypeKind.DECLARED) {
      return "";
    }
    return ((TypeElement) ((DeclaredType) type).asElement()).getQualifiedName().toString();
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

  /** A client_java metric class that a field may hold for direct instrumentation, or "". */
  private static String instrumentType(TypeMirror type) {
    String name = qualifiedName(type);
    for (MetricKind kind : List.of(MetricKind.COUNTER, MetricKind.GAUGE, MetricKind.HISTOGRAM, MetricKind.SUMMARY)) {
      if (kind.instrumentClass().equals(name)) {
        return name;
      }
    }
    return "";
  }

  /** {@code buckets} of a histogram or {@code quantiles} of a summary, as written. */
  private List<Double> parameters(AnnotationMirror annotation) {
    for (String attribute : List.of("buckets", "quantiles")) {
      if (hasAttribute(annotation, attribute)) {
        List<Double> values = new ArrayList<>();
        for (AnnotationValue value : listValue(annotation, attribute)) {
          if (value.getValue() instanceof Number number) {
            values.add(number.doubleValue());
          }
        }
        return List.copyOf(values);
      }
    }
    return List.of();
  }

  private static boolean isRecord(TypeMirror type) {
    return type.getKind() == TypeKind.DECLARED && ((DeclaredType) type).asElement().getKind() == ElementKind.RECORD;
  }

  /** Whether the annotation type declares attribute {@code name}: {@code @Info} has no unit or labels. */
  private static boolean hasAttribute(AnnotationMirror mirror, String name) {
    return ElementFilter.methodsIn(mirror.getAnnotationType().asElement().getEnclosedElements()).stream()
        .anyMatch(attribute -> attribute.getSimpleName().contentEquals(name));
  }

  /** The value of attribute {@code name} as written, or null where it takes its default. */
  public static AnnotationValue writtenValue(AnnotationMirror mirror, String name) {
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry : mirror.getElementValues().entrySet()) {
      if (entry.getKey().getSimpleName().contentEquals(name)) {
        return entry.getValue();
      }
    }
    return null;
  }

  /**
   * The strings written in attribute {@code name}, a {@code String} or {@code String[]}; values that
   * do not compile are left out.
   */
  public static List<String> writtenStrings(AnnotationMirror mirror, String name) {
    AnnotationValue value = writtenValue(mirror, name);
    if (value == null || isErroneous(value)) {
      return List.of();
    }
    List<String> strings = new ArrayList<>();
    List<?> values = value.getValue() instanceof List<?> list ? list : List.of(value);
    for (Object element : values) {
      if (element instanceof AnnotationValue string && !isErroneous(string) && string.getValue() instanceof String text) {
        strings.add(text);
      }
    }
    return strings;
  }

  /**
   * The value of attribute {@code name}, written or default; null when it has none: javac reports a
   * required attribute that is missing, or a value that does not compile, on its own, and may still
   * run processors ({@code -XDshould-stop.ifError=FLOW}), so such an attribute reads as absent.
   */
  private AnnotationValue valueWithDefaults(AnnotationMirror mirror, String name) {
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry
        : elements.getElementValuesWithDefaults(mirror).entrySet()) {
      if (entry.getKey().getSimpleName().contentEquals(name)) {
        return isErroneous(entry.getValue()) ? null : entry.getValue();
      }
    }
    return null;
  }

  /**
   * Whether attribute {@code name} has no usable value: required but not written, or written with a
   * value that does not compile. javac has reported it already; checks of the value are moot.
   */
  public static boolean isAbsent(AnnotationMirror mirror, String name) {
    AnnotationValue written = writtenValue(mirror, name);
    if (written != null) {
      return isErroneous(written);
    }
    return ElementFilter.methodsIn(mirror.getAnnotationType().asElement().getEnclosedElements()).stream()
        .noneMatch(attribute -> attribute.getSimpleName().contentEquals(name) && attribute.getDefaultValue() != null);
  }

  /**
   * javac gives a value that does not compile (an unknown constant, a class that does not exist) as
   * the string {@code <error>}, which its {@code toString()} equals; a real string constant's
   * {@code toString()} is quoted.
   */
  private static boolean isErroneous(AnnotationValue value) {
    return value.getValue() instanceof String string && value.toString().equals(string);
  }

  private String stringValue(AnnotationMirror mirror, String name) {
    AnnotationValue value = valueWithDefaults(mirror, name);
    return value != null && value.getValue() instanceof String string ? string : "";
  }

  private int intValue(AnnotationMirror mirror, String name) {
    AnnotationValue value = valueWithDefaults(mirror, name);
    return value != null && value.getValue() instanceof Integer integer ? integer : 0;
  }

  private boolean booleanValue(AnnotationMirror mirror, String name) {
    AnnotationValue value = valueWithDefaults(mirror, name);
    return value != null && value.getValue() instanceof Boolean bool ? bool : false;
  }

  private List<AnnotationValue> listValue(AnnotationMirror mirror, String name) {
    AnnotationValue value = valueWithDefaults(mirror, name);
    if (value == null) {
      return List.of();
    }
    return value.accept(new SimpleAnnotationValueVisitor14<List<AnnotationValue>, Void>(List.of()) {
      @Override
      public List<AnnotationValue> visitArray(List<? extends AnnotationValue> values, Void unused) {
        return values.stream().filter(element -> !isErroneous(element)).map(AnnotationValue.class::cast).toList();
      }
    }, null);
  }
}
